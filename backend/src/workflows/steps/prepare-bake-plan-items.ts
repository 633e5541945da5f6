import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKE_PLAN_MODULE } from "../../modules/bake-plan"
import type BakePlanModuleService from "../../modules/bake-plan/service"

export type BakePlanItemInput = { variant_id: string; units: number }

/** A plan item as it is stored: with its product and whether Medusa counted its stock before. */
export type PreparedBakePlanItem = BakePlanItemInput & { product_id: string; stock_managed_before: boolean }

/**
 * Checks the variants Maya puts on a group (each exists, and is on no other
 * group) and notes their product and whether Medusa counts their stock now,
 * so taking them off the plan later gives that back. Writes nothing.
 */
export const prepareBakePlanItemsStep = createStep(
  "prepare-bake-plan-items",
  async ({ group_id, items }: { group_id: string | null; items: BakePlanItemInput[] }, { container }) => {
    const variantIds = [...new Set(items.map((item) => item.variant_id))]
    if (variantIds.length !== items.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Each variant can be on the list only once.")
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "title", "product_id", "manage_inventory", "product.title"],
      filters: { id: variantIds },
    })
    const missing = variantIds.filter((id) => !variants.some((v: any) => v.id === id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `No product variant with id ${missing.join(", ")}.`)
    }
    const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
    const onPlan = await bakePlan.listBakePlanItems(
      { variant_id: variantIds },
      { select: ["variant_id", "group_id", "stock_managed_before"], relations: ["group"] }
    )
    const elsewhere = onPlan.find((item: any) => item.group_id !== group_id)
    if (elsewhere) {
      const variant: any = variants.find((v: any) => v.id === elsewhere.variant_id)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${variant.product?.title} (${variant.title}) is already on the bake plan under ${(elsewhere as any).group?.name}.`
      )
    }
    const prepared: PreparedBakePlanItem[] = items.map((item) => {
      const variant: any = variants.find((v: any) => v.id === item.variant_id)
      const kept = onPlan.find((p) => p.variant_id === item.variant_id)
      return {
        ...item,
        product_id: variant.product_id,
        // Once on the plan its stock is off; what it had before joining is what leaving gives back.
        stock_managed_before: kept ? kept.stock_managed_before : Boolean(variant.manage_inventory),
      }
    })
    return new StepResponse(prepared)
  }
)
