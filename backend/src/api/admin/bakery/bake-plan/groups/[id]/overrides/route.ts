import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setBakePlanOverrideWorkflow } from "../../../../../../../workflows/set-bake-plan-override"
import type { AdminSetBakePlanOverrideType } from "../../../validators"

/** Sets a date's own quantity for the group (a second call for the same date changes it). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetBakePlanOverrideType>, res: MedusaResponse) => {
  const { date, quantity, reason } = req.validatedBody
  const { result } = await setBakePlanOverrideWorkflow(req.scope).run({
    input: { group_id: req.params.id, date, quantity, reason: reason || null },
  })
  res.status(201).json({
    bake_plan_override: { id: result.id, group_id: req.params.id, date: result.date, quantity: result.quantity, reason: result.reason },
  })
}
