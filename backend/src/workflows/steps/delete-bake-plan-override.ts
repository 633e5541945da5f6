import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKE_PLAN_MODULE } from "../../modules/bake-plan"
import type BakePlanModuleService from "../../modules/bake-plan/service"

/** The date goes back to its weekday's quantity; the compensation restores the override. */
export const deleteBakePlanOverrideStep = createStep(
  "delete-bake-plan-override",
  async ({ group_id, id }: { group_id: string; id: string }, { container }) => {
    const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
    const [override] = await bakePlan.listBakePlanOverrides(
      { id, group_id },
      { select: ["id", "group_id", "date", "quantity", "reason"] }
    )
    if (!override) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `This group has no date override with id ${id}.`)
    }
    await bakePlan.deleteBakePlanOverrides(id)
    return new StepResponse(undefined, override)
  },
  async (override, { container }) => {
    if (override) {
      const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
      await bakePlan.createBakePlanOverrides(override as any)
    }
  }
)
