import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteBakePlanOverrideStep } from "./steps/delete-bake-plan-override"

/** The date goes back to its weekday's quantity. */
export const deleteBakePlanOverrideWorkflow = createWorkflow(
  "delete-bake-plan-override",
  (input: { group_id: string; id: string }) => {
    deleteBakePlanOverrideStep(input)
    return new WorkflowResponse(input.id)
  }
)
