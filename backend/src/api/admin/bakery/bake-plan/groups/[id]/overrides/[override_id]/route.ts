import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteBakePlanOverrideWorkflow } from "../../../../../../../../workflows/delete-bake-plan-override"

/** The date goes back to its weekday's quantity. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteBakePlanOverrideWorkflow(req.scope).run({ input: { group_id: req.params.id, id: req.params.override_id } })
  res.json({ id: req.params.override_id, object: "bake_plan_override", deleted: true })
}
