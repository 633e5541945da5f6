import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ScheduleSettings } from "../modules/scheduling/default-settings"
import { updateSlotSettingsStep } from "./steps/update-slot-settings"

/** Maya's edits to opening hours, capacities, cut-off, horizon and delivery area. */
export const updateScheduleSettingsWorkflow = createWorkflow(
  "update-schedule-settings",
  (input: Partial<ScheduleSettings>) => {
    return new WorkflowResponse(updateSlotSettingsStep(input))
  }
)
