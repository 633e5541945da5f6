import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { writeFileSync } from "node:fs"
import { createShopFixture } from "../fixtures/shop"
import { createReadyCart, openEveryDay } from "./ready-carts"

/**
 * Run with `medusa exec` by slot-capacity.spec.ts, before the backends start:
 * loads the fixture shop into the suite's fresh database, opens every day
 * with SLOT_TEST_CAPACITY pickup places per slot, and prepares
 * SLOT_TEST_CARTS carts that are ready to complete and all hold the pickup
 * time SLOT_TEST_START, one per customer of SLOT_TEST_CUSTOMERS (a JSON list
 * of `{ email, phone? }`) or else for customer-<i>@example.com. Writes the
 * cart ids (in the customers' order) and publishable key to SLOT_TEST_OUTPUT.
 * The same Medusa workflows as the store routes are used; going through them
 * here is only faster than 250 HTTP calls.
 */
export default async function prepareShop({ container }: ExecArgs) {
  const shop = await createShopFixture(container)
  await openEveryDay(container, Number(process.env.SLOT_TEST_CAPACITY))

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

  const customers: { email: string; phone?: string }[] = process.env.SLOT_TEST_CUSTOMERS
    ? JSON.parse(process.env.SLOT_TEST_CUSTOMERS)
    : Array.from({ length: Number(process.env.SLOT_TEST_CARTS) }, (_, i) => ({ email: `customer-${i}@example.com` }))
  const cartIds: string[] = []
  for (const { email, phone } of customers) {
    cartIds.push(
      await createReadyCart(container, shop, {
        email,
        phone,
        items: [{ variant_id: variantId, quantity: 1 }],
        start: process.env.SLOT_TEST_START!,
      })
    )
  }
  writeFileSync(
    process.env.SLOT_TEST_OUTPUT!,
    JSON.stringify({ publishable_key: shop.publishable_key, cart_ids: cartIds })
  )
}
