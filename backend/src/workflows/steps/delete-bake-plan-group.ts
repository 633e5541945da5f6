import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKE_PLAN_MODULE } from "../../modules/bake-plan"
import type BakePlanModuleService from "../../modules/bake-plan/service"

/**
 * Takes a group off the bake plan with its variants and date overrides;
 * bookings already taken stay with their orders. Returns the variants that had
 * Medusa stock before joining; the compensation puts the group back as it was.
 */
export const deleteBakePlanGroupStep = createStep(
  "delete-bake-plan-group",
  async (id: string, { container }) => {
    const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
    // Throws NOT_FOUND (404) for an unknown id.
    const group = await bakePlan.retrieveBakePlanGroup(id, { select: ["id", "name", "unit", "weekday_quantities"] })
    const [items, overrides] = await Promise.all([
      bakePlan.listBakePlanItems({ group_id: id }, { select: ["id", "group_id", "variant_id", "product_id", "units", "stock_managed_before"] }),
      bakePlan.listBakePlanOverrides({ group_id: id }, { select: ["id", "group_id", "date", "quantity", "reason"] }),
    ])
    await bakePlan.deleteBakePlanItems(items.map((item) => item.id))
    await bakePlan.deleteBakePlanOverrides(overrides.map((override) => override.id))
    await bakePlan.deleteBakePlanGroups(id)
    const stockBack = items.filter((item) => item.stock_managed_before).map((item) => item.variant_id)
    return new StepResponse({ stock_back: stockBack }, { group, items, overrides })
  },
  async (deleted, { container }) => {
    if (!deleted) {
      return
    }
    const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
    const { id, name, unit, weekday_quantities } = deleted.group
    await bakePlan.createBakePlanGroups({ id, name, unit, weekday_quantities })
    if (deleted.items.length) {
      await bakePlan.createBakePlanItems(deleted.items as any)
    }
    if (deleted.overrides.length) {
      await bakePlan.createBakePlanOverrides(deleted.overrides as any)
    }
  }
)
