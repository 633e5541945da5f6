import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type JoinWaitlistInput, joinWaitlistStep } from "./steps/join-waitlist"

/** "Tell me when it's back" for a sold-out variant, or a sold-out day of one on the bake plan. */
export const joinWaitlistWorkflow = createWorkflow("join-waitlist", (input: JoinWaitlistInput) => {
  return new WorkflowResponse(joinWaitlistStep(input))
})
