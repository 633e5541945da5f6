import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listProductDays } from "../../../../modules/bake-plan/bake-days"
import { BAKE_PLAN_MODULE } from "../../../../modules/bake-plan"
import type BakePlanModuleService from "../../../../modules/bake-plan/service"
import { loadPlanBook, loadShopDays } from "../../../../workflows/bake-plan-context"
import type { StoreGetProductBakeDaysType } from "./validators"

/**
 * For the product page, day by day from today to the booking horizon: how
 * many of each variant can still be ordered ("3 left for Saturday"), or why
 * none can ("Sold out for Saturday", "Closed on Sundays", "Needs 48 hours'
 * notice"), and the first day it can be had ("Available from Thursday").
 * Variants off the plan show `left: null` (their stock is Medusa's).
 */
export const GET = async (req: MedusaRequest<unknown, StoreGetProductBakeDaysType>, res: MedusaResponse) => {
  const { product_id, type } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({
    entity: "product",
    fields: ["id", "variants.id", "bakery_profile.lead_time_hours"],
    filters: { id: product_id, status: "published" },
  })
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product with id ${product_id}.`)
  }
  const variantIds = (product.variants ?? []).filter(Boolean).map((variant: any) => variant.id as string)
  const bakePlan: BakePlanModuleService = req.scope.resolve(BAKE_PLAN_MODULE)
  const items = await bakePlan.listPlanItems(variantIds)
  const leadTime = Number((product as any).bakery_profile?.lead_time_hours) || 0
  const { today, last_day, days } = await loadShopDays(req.scope, { type, lead_time_hours: leadTime })
  const book = await loadPlanBook(req.scope, { group_ids: [...new Set(items.map((i) => i.group_id))], from: today, to: last_day })
  const productDays = listProductDays({ book, items, variant_ids: variantIds, days, today })
  res.json({
    availability: {
      product_id,
      on_plan: items.length > 0,
      available_from: productDays.find((day) => day.status === "available")?.date ?? null,
      days: productDays,
    },
  })
}
