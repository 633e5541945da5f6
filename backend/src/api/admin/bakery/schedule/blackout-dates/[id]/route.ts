import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteScheduleBlackoutDateWorkflow } from "../../../../../../workflows/delete-schedule-blackout-date"

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteScheduleBlackoutDateWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "blackout_date", deleted: true })
}
