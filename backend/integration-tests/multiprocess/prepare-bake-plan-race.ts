import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { writeFileSync } from "node:fs"
import { saveBakePlanGroupWorkflow } from "../../src/workflows/save-bake-plan-group"
import { createShopFixture } from "../fixtures/shop"
import { createReadyCart, openEveryDay } from "./ready-carts"

/**
 * Run with `medusa exec` by bake-plan-race.spec.ts before the backends start:
 * loads the fixture shop, opens every day with room in every slot, puts the
 * celebration cakes on the bake plan (PLAN_TEST_SATURDAY_CAKES on a Saturday,
 * 10 on other days), and has four orders of three cakes take all but the last
 * three of PLAN_TEST_DAY (a Saturday). Then prepares PLAN_TEST_CARTS carts of
 * one cake each, ready to complete for PLAN_TEST_START on that day. Writes the
 * cart ids and publishable key to PLAN_TEST_OUTPUT.
 */
export default async function prepareBakePlanRace({ container }: ExecArgs) {
  const shop = await createShopFixture(container)
  await openEveryDay(container, 200)

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cake] } = await query.graph({
    entity: "product",
    fields: ["variants.id"],
    filters: { handle: "chocolate-celebration-cake" },
  })
  const variantIds: string[] = cake.variants.map((variant: { id: string }) => variant.id)
  await saveBakePlanGroupWorkflow(container).run({
    input: {
      name: "Celebration cakes",
      unit: "cakes",
      weekday_quantities: { mon: 10, tue: 10, wed: 10, thu: 10, fri: 10, sat: Number(process.env.PLAN_TEST_SATURDAY_CAKES), sun: 10 },
      items: variantIds.map((variant_id) => ({ variant_id, units: 1 })),
    },
  })

  const start = process.env.PLAN_TEST_START!
  const threeCakes = variantIds.map((variant_id, i) => ({ variant_id, quantity: 1, inscription: `For guest ${i + 1}` }))
  for (let i = 0; i < 4; i++) {
    const cartId = await createReadyCart(container, shop, { email: `early-${i}@example.com`, items: threeCakes, start })
    await completeCartWorkflow(container).run({ input: { id: cartId } })
  }

  const cartIds: string[] = []
  for (let i = 0; i < Number(process.env.PLAN_TEST_CARTS); i++) {
    cartIds.push(
      await createReadyCart(container, shop, {
        email: `saturday-${i}@example.com`,
        items: [{ variant_id: variantIds[i % variantIds.length], quantity: 1 }],
        start,
      })
    )
  }
  writeFileSync(process.env.PLAN_TEST_OUTPUT!, JSON.stringify({ publishable_key: shop.publishable_key, cart_ids: cartIds }))
}
