import { callBackend, customerHeaders, sdk } from "./client"
import { CART_FIELDS } from "./fields.mjs"
import { memo } from "./memo"
import type { BakeryCart, BakerySettings, FulfillmentSlotsResponse, FulfillmentType } from "./types"

/** Opening hours, timezone and delivery rules. Cached briefly: they change a few times a year. */
export function getBakerySettings(): Promise<BakerySettings> {
  return memo("bakery:settings", 60_000, async () => {
    const { settings } = await callBackend(() => sdk.client.fetch<{ settings: BakerySettings }>("/store/bakery/settings"))
    return { ...settings, delivery_minimum_order: Number(settings.delivery_minimum_order ?? 0) }
  })
}

export async function listFulfillmentSlots(
  cartId: string,
  type: FulfillmentType,
  from: string,
  to: string,
): Promise<FulfillmentSlotsResponse> {
  return callBackend(() =>
    sdk.client.fetch<FulfillmentSlotsResponse>(`/store/carts/${cartId}/fulfillment-slots`, {
      query: { type, from, to },
    }),
  )
}

/** Books the slot on the cart; the backend re-checks capacity when the order is placed. */
export async function chooseFulfillmentSlot(cartId: string, type: FulfillmentType, start: string): Promise<BakeryCart> {
  const { cart } = await callBackend(() =>
    sdk.client.fetch<{ cart: BakeryCart }>(`/store/carts/${cartId}/fulfillment-slot`, {
      method: "POST",
      body: { type, start },
      query: { fields: CART_FIELDS },
      headers: customerHeaders(),
    }),
  )
  return cart
}

export async function saveOrderNote(cartId: string, note: string): Promise<void> {
  await callBackend(() =>
    sdk.client.fetch(`/store/carts/${cartId}/order-note`, { method: "POST", body: { note }, headers: customerHeaders() }),
  )
}
