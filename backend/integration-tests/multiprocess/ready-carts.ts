import type { MedusaContainer } from "@medusajs/framework/types"
import {
  addShippingMethodToCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { WEEKDAYS } from "@sweet-crumbs/bakery-rules/weekdays"
import { setCartFulfillmentSlotWorkflow } from "../../src/workflows/set-cart-fulfillment-slot"
import { updateScheduleSettingsWorkflow } from "../../src/workflows/update-schedule-settings"
import type { createShopFixture } from "../fixtures/shop"

/**
 * What the multi-process suites' `medusa exec` scripts share to get carts to
 * the "Place order" button through the same Medusa workflows as the store
 * routes (much faster than the HTTP calls).
 */

type Shop = Awaited<ReturnType<typeof createShopFixture>>

/** Opens 08:00–20:00 every day with `pickupCapacity` places per pickup slot, so the weekday never matters. */
export async function openEveryDay(container: MedusaContainer, pickupCapacity: number) {
  const everyDay = [{ open: "08:00", close: "20:00" }]
  await updateScheduleSettingsWorkflow(container).run({
    input: {
      pickup_capacity: pickupCapacity,
      same_day_cutoff: null,
      opening_hours: Object.fromEntries(WEEKDAYS.map((day) => [day, everyDay])) as any,
    },
  })
}

export type ReadyCartItem = { variant_id: string; quantity: number; inscription?: string }

/**
 * A cart with its items, the pickup shipping method, a pay-at-pickup session
 * and the pickup time `start`; with `phone`, a contact address carrying it.
 */
export async function createReadyCart(
  container: MedusaContainer,
  shop: Shop,
  { email, items, start, phone }: { email: string; items: ReadyCartItem[]; start: string; phone?: string }
): Promise<string> {
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: shop.region_id,
      sales_channel_id: shop.sales_channel_id,
      email,
      ...(phone === undefined
        ? {}
        : {
            shipping_address: {
              first_name: "Sam",
              last_name: "Baker",
              address_1: "77 Prospect Park West",
              city: "Brooklyn",
              province: "NY",
              postal_code: "11215",
              country_code: "us",
              phone,
            },
          }),
      items: items.map(({ variant_id, quantity, inscription }) => ({
        variant_id,
        quantity,
        ...(inscription === undefined ? {} : { metadata: { inscription } }),
      })),
    },
  })
  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cart.id, options: [{ id: shop.pickup_option_id }] },
  })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({
    input: { cart_id: cart.id },
  })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: collection.id, provider_id: "pp_system_default" },
  })
  await setCartFulfillmentSlotWorkflow(container).run({
    input: { cart_id: cart.id, type: "pickup", start },
  })
  return cart.id
}
