import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SCHEDULING_MODULE } from "../../../../modules/scheduling"
import type SchedulingModuleService from "../../../../modules/scheduling/service"
import { updateScheduleSettingsWorkflow } from "../../../../workflows/update-schedule-settings"
import type { AdminUpdateScheduleType } from "./validators"

/** Maya's pickup and delivery settings (the defaults until she first saves). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const scheduling: SchedulingModuleService = req.scope.resolve(SCHEDULING_MODULE)
  res.json({ settings: await scheduling.retrieveShopSchedule() })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateScheduleType>,
  res: MedusaResponse
) => {
  const { result } = await updateScheduleSettingsWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  res.json({ settings: result })
}
