import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { saveBakePlanGroupWorkflow } from "../../../../../workflows/save-bake-plan-group"
import { loadBakePlanGroups } from "../load-bake-plan"
import type { AdminCreateBakePlanGroupType } from "../validators"

/** The whole bake plan: every group with its variants and coming date overrides. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const bake_plan_groups = await loadBakePlanGroups(req.scope)
  res.json({ bake_plan_groups, count: bake_plan_groups.length })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateBakePlanGroupType>, res: MedusaResponse) => {
  const { result: id } = await saveBakePlanGroupWorkflow(req.scope).run({ input: req.validatedBody })
  const [bake_plan_group] = await loadBakePlanGroups(req.scope, id)
  res.status(201).json({ bake_plan_group })
}
