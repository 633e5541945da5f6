import type { HttpTypes } from "@medusajs/types"
import { CART_FIELDS } from "./fields.mjs"
import { callBackend, customerHeaders, httpStatus, isClientError, sdk } from "./client"
import { memo } from "./memo"
import type { BakeryCart, FulfillmentType } from "./types"

export interface ContactDetails {
  email: string
  phone: string
  firstName: string
  lastName: string
}

export interface DeliveryAddress {
  address1: string
  address2?: string
  city: string
  province?: string
  postalCode: string
}

/** Saves who is ordering and, for delivery, where to; pickup carries only name and phone. */
export async function saveCustomerDetails(
  cartId: string,
  contact: ContactDetails,
  address: DeliveryAddress | null,
  token?: string,
): Promise<BakeryCart> {
  const person = {
    first_name: contact.firstName,
    last_name: contact.lastName,
    phone: contact.phone,
    country_code: "us",
  }
  const shippingAddress = address
    ? {
        ...person,
        address_1: address.address1,
        address_2: address.address2 ?? "",
        city: address.city,
        province: address.province ?? "",
        postal_code: address.postalCode,
      }
    : person
  const { cart } = await callBackend(() =>
    sdk.store.cart.update(
      cartId,
      { email: contact.email, shipping_address: shippingAddress, billing_address: shippingAddress },
      { fields: CART_FIELDS },
      customerHeaders(token),
    ),
  )
  return cart as BakeryCart
}

export async function listShippingOptions(cartId: string): Promise<HttpTypes.StoreCartShippingOption[]> {
  const { shipping_options } = await callBackend(() => sdk.store.fulfillment.listCartOptions({ cart_id: cartId }))
  return shipping_options
}

/** Finds "Pickup at the shop" or "Local delivery" by its shipping option type code. */
export function shippingOptionFor(
  options: HttpTypes.StoreCartShippingOption[],
  type: FulfillmentType,
): HttpTypes.StoreCartShippingOption | undefined {
  return options.find((o) => o.type?.code === type) ?? options.find((o) => o.name.toLowerCase().includes(type))
}

export async function setShippingMethod(cartId: string, optionId: string, token?: string): Promise<BakeryCart> {
  const { cart } = await callBackend(() =>
    sdk.store.cart.addShippingMethod(cartId, { option_id: optionId }, { fields: CART_FIELDS }, customerHeaders(token)),
  )
  return cart as BakeryCart
}

/** The region's payment providers. Cached briefly: they change when the shop's configuration does. */
export function listPaymentProviders(regionId: string): Promise<string[]> {
  return memo(`payment-providers:${regionId}`, 60_000, async () => {
    const { payment_providers } = await callBackend(() => sdk.store.payment.listPaymentProviders({ region_id: regionId }))
    return payment_providers.map((p) => p.id)
  })
}

/** Starts (or restarts) the payment session for the chosen provider and returns its session. */
export async function startPaymentSession(
  cart: BakeryCart,
  providerId: string,
  token?: string,
): Promise<HttpTypes.StorePaymentSession | undefined> {
  const { payment_collection } = await callBackend(() =>
    sdk.store.payment.initiatePaymentSession(cart, { provider_id: providerId }, {}, customerHeaders(token)),
  )
  return payment_collection.payment_sessions?.find((s) => s.provider_id === providerId)
}

export type PlaceOrderResult =
  | { ok: true; order: HttpTypes.StoreOrder }
  | { ok: false; status: number; message: string }

/**
 * Completes the cart. A full slot, stock running out or a refused payment come back as a message.
 * The order comes back as its id only: the confirmation page reads what it shows.
 */
export async function placeOrder(cartId: string, token?: string): Promise<PlaceOrderResult> {
  try {
    const result = await callBackend(() => sdk.store.cart.complete(cartId, { fields: "id" }, customerHeaders(token)))
    if (result.type === "order") return { ok: true, order: result.order }
    return { ok: false, status: 400, message: result.error?.message ?? "We couldn't place the order." }
  } catch (error) {
    if (isClientError(error)) return { ok: false, status: httpStatus(error) ?? 400, message: error.message }
    throw error
  }
}
