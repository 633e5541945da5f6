import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteSlotBlackoutDateStep } from "./steps/delete-slot-blackout-date"

export const deleteScheduleBlackoutDateWorkflow = createWorkflow(
  "delete-schedule-blackout-date",
  (input: { id: string }) => {
    const id = transform({ input }, ({ input }) => input.id)
    deleteSlotBlackoutDateStep(id)
    return new WorkflowResponse(id)
  }
)
