import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { releaseBakePlanBookingsStep } from "./steps/release-bake-plan-bookings"

/** Gives a canceled order's bake plan units back for its day; returns the released booking ids. */
export const releaseOrderBakePlanWorkflow = createWorkflow("release-order-bake-plan", (input: { order_id: string }) => {
  return new WorkflowResponse(releaseBakePlanBookingsStep(input))
})
