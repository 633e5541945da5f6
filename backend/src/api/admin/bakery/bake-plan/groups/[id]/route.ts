import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteBakePlanGroupWorkflow } from "../../../../../../workflows/delete-bake-plan-group"
import { saveBakePlanGroupWorkflow } from "../../../../../../workflows/save-bake-plan-group"
import { loadBakePlanGroups } from "../../load-bake-plan"
import type { AdminUpdateBakePlanGroupType } from "../../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [bake_plan_group] = await loadBakePlanGroups(req.scope, req.params.id)
  res.json({ bake_plan_group })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateBakePlanGroupType>, res: MedusaResponse) => {
  await saveBakePlanGroupWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  const [bake_plan_group] = await loadBakePlanGroups(req.scope, req.params.id)
  res.json({ bake_plan_group })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteBakePlanGroupWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "bake_plan_group", deleted: true })
}
