import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import type { ShopSetup } from "../../data/shop"

/** The setup's promotion codes that do not exist yet, as percentage-off codes on the whole order. */
export async function ensurePromotions(container: MedusaContainer, shop: ShopSetup) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const codes = shop.promotions.map((p) => p.code)
  const { data } = await query.graph({ entity: "promotion", fields: ["code"], filters: { code: codes } })
  const missing = shop.promotions.filter((p) => !data.some((d) => d.code === p.code))
  if (!missing.length) {
    return
  }
  await createPromotionsWorkflow(container).run({
    input: {
      promotionsData: missing.map((p) => ({
        code: p.code,
        type: "standard" as const,
        status: "active" as const,
        is_automatic: false,
        application_method: {
          type: "percentage" as const,
          target_type: "order" as const,
          allocation: "across" as const,
          value: p.percent_off,
          currency_code: shop.region.currency_code,
        },
      })),
    },
  })
}
