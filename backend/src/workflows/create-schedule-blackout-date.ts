import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { BlackoutDate } from "../modules/scheduling/slot-calendar"
import { createSlotBlackoutDateStep } from "./steps/create-slot-blackout-date"

export const createScheduleBlackoutDateWorkflow = createWorkflow(
  "create-schedule-blackout-date",
  (input: BlackoutDate) => {
    return new WorkflowResponse(createSlotBlackoutDateStep(input))
  }
)
