import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { writeFileSync } from "node:fs"
import { WEEKDAYS } from "../../src/modules/scheduling/slot-calendar"
import { setCartFulfillmentSlotWorkflow } from "../../src/workflows/set-cart-fulfillment-slot"
import { updateScheduleSettingsWorkflow } from "../../src/workflows/update-schedule-settings"
import { createShopFixture } from "../fixtures/shop"

/**
 * Run with `medusa exec` by slot-capacity.spec.ts, before the backends start:
 * loads the fixture shop into the suite's fresh database, opens every day
 * with SLOT_TEST_CAPACITY pickup places per slot, and prepares
 * SLOT_TEST_CARTS carts that are ready to complete and all hold the pickup
 * time SLOT_TEST_START. Writes the cart ids and publishable key to
 * SLOT_TEST_OUTPUT. The same Medusa workflows as the store routes are used;
 * going through them here is only faster than 250 HTTP calls.
 */
export default async function prepareShop({ container }: ExecArgs) {
  const shop = await createShopFixture(container)
  const everyDay = [{ open: "08:00", close: "20:00" }]
  await updateScheduleSettingsWorkflow(container).run({
    input: {
      pickup_capacity: Number(process.env.SLOT_TEST_CAPACITY),
      same_day_cutoff: null,
      opening_hours: Object.fromEntries(WEEKDAYS.map((day) => [day, everyDay])) as any,
    },
  })

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [bread] } = await query.graph({
    entity: "product",
    fields: ["variants.id"],
    filters: { handle: "country-sourdough" },
  })
  const variantId = bread.variants[0].id
  // Stock reservations take Medusa's own inventory lock; this suite measures
  // the slot lock alone, so the loaf is made to order here.
  await updateProductVariantsWorkflow(container).run({
    input: { selector: { id: variantId }, update: { manage_inventory: false } },
  })

  const cartIds: string[] = []
  for (let i = 0; i < Number(process.env.SLOT_TEST_CARTS); i++) {
    const { result: cart } = await createCartWorkflow(container).run({
      input: {
        region_id: shop.region_id,
        sales_channel_id: shop.sales_channel_id,
        email: `customer-${i}@example.com`,
        items: [{ variant_id: variantId, quantity: 1 }],
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
      input: { cart_id: cart.id, type: "pickup", start: process.env.SLOT_TEST_START! },
    })
    cartIds.push(cart.id)
  }
  writeFileSync(
    process.env.SLOT_TEST_OUTPUT!,
    JSON.stringify({ publishable_key: shop.publishable_key, cart_ids: cartIds })
  )
}
