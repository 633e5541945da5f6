import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type BakePlanOverrideInput, setBakePlanOverrideStep } from "./steps/set-bake-plan-override"

/** A date's own quantity for a group (Mother's Day: 40 cakes), instead of its weekday's. */
export const setBakePlanOverrideWorkflow = createWorkflow("set-bake-plan-override", (input: BakePlanOverrideInput) => {
  return new WorkflowResponse(setBakePlanOverrideStep(input))
})
