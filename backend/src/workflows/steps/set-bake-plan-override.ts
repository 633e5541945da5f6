import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKE_PLAN_MODULE } from "../../modules/bake-plan"
import type BakePlanModuleService from "../../modules/bake-plan/service"

export type BakePlanOverrideInput = { group_id: string; date: string; quantity: number; reason: string | null }

type Undo = { created_id: string } | { previous: { id: string; quantity: number; reason: string | null } }

/** Gives one date its own quantity for a group (or changes it); the compensation restores the previous one. */
export const setBakePlanOverrideStep = createStep(
  "set-bake-plan-override",
  async (input: BakePlanOverrideInput, { container }) => {
    const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
    // Throws NOT_FOUND (404) for an unknown group.
    await bakePlan.retrieveBakePlanGroup(input.group_id, { select: ["id"] })
    const [previous] = await bakePlan.listBakePlanOverrides(
      { group_id: input.group_id, date: input.date },
      { select: ["id", "quantity", "reason"] }
    )
    if (previous) {
      const updated = await bakePlan.updateBakePlanOverrides({ id: previous.id, quantity: input.quantity, reason: input.reason })
      return new StepResponse(updated, { previous: { id: previous.id, quantity: previous.quantity, reason: previous.reason } } as Undo)
    }
    const created = await bakePlan.createBakePlanOverrides(input)
    return new StepResponse(created, { created_id: created.id } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
    if ("created_id" in undo) {
      await bakePlan.deleteBakePlanOverrides(undo.created_id)
      return
    }
    await bakePlan.updateBakePlanOverrides(undo.previous)
  }
)
