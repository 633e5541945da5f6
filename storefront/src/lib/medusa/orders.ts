import type { HttpTypes } from "@medusajs/types"
import { callBackend, customerHeaders, httpStatus, sdk } from "./client"
import { ORDER_TOKEN_HEADER } from "../order-access"

// `metadata` (slot, note) is asked for, but Medusa's store order route only returns it once the backend allows it.
const ORDER_FIELDS = "+metadata,+items.metadata,*items,*shipping_methods,*payment_collections.payments,*fulfillments"

/**
 * The order, or null when it is missing or the backend does not let this caller see it: it answers only
 * the signed-in owner (`token`) or a caller with a valid `orderToken` (lib/order-access.ts).
 */
export async function retrieveOrder(id: string, token?: string, orderToken?: string): Promise<HttpTypes.StoreOrder | null> {
  const headers = { ...customerHeaders(token), ...(orderToken ? { [ORDER_TOKEN_HEADER]: orderToken } : {}) }
  try {
    const { order } = await callBackend(() => sdk.store.order.retrieve(id, { fields: ORDER_FIELDS }, headers))
    return order
  } catch (error) {
    if ([404, 400].includes(httpStatus(error) ?? 0)) return null
    throw error
  }
}

/** The signed-in customer's orders, newest first (the backend scopes the list to the token's customer). */
export async function listCustomerOrders(token: string, offset = 0, limit = 20) {
  return callBackend(() =>
    sdk.store.order.list({ fields: ORDER_FIELDS, order: "-created_at", offset, limit }, customerHeaders(token)),
  )
}

/** Only the customer's own order: an order of someone else reads as "not found". */
export async function retrieveCustomerOrder(
  id: string,
  token: string,
  customerId: string,
): Promise<HttpTypes.StoreOrder | null> {
  const order = await retrieveOrder(id, token)
  return order && order.customer_id === customerId ? order : null
}
