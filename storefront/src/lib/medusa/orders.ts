import type { HttpTypes } from "@medusajs/types"
import { callBackend, customerHeaders, httpStatus, sdk } from "./client"

// `metadata` (slot, note) is asked for, but Medusa's store order route only returns it once the backend allows it.
const ORDER_FIELDS = "+metadata,+items.metadata,*items,*shipping_methods,*payment_collections.payments,*fulfillments"

export async function retrieveOrder(id: string, token?: string): Promise<HttpTypes.StoreOrder | null> {
  try {
    const { order } = await callBackend(() => sdk.store.order.retrieve(id, { fields: ORDER_FIELDS }, customerHeaders(token)))
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
