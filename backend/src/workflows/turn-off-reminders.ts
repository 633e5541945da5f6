import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { turnOffRemindersStep } from "./steps/turn-off-reminders"

/** The unsubscribe link's action: no more evening-before reminders for this email. */
export const turnOffRemindersWorkflow = createWorkflow("turn-off-reminders", (input: { email: string; at: string }) => {
  return new WorkflowResponse(turnOffRemindersStep(input))
})
