import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SCHEDULING_MODULE } from "../../../../../modules/scheduling"
import type SchedulingModuleService from "../../../../../modules/scheduling/service"
import { createScheduleBlackoutDateWorkflow } from "../../../../../workflows/create-schedule-blackout-date"
import type { AdminCreateBlackoutDateType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const scheduling: SchedulingModuleService = req.scope.resolve(SCHEDULING_MODULE)
  const [blackout_dates, count] = await scheduling.listAndCountBlackoutDates(
    {},
    { order: { date: "ASC" } }
  )
  res.json({ blackout_dates, count })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateBlackoutDateType>,
  res: MedusaResponse
) => {
  const { result } = await createScheduleBlackoutDateWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  res.status(201).json({ blackout_date: result })
}
