import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { releaseSlotBookingsStep } from "./steps/release-slot-bookings"

/** Frees the pickup or delivery place of a canceled order for other customers. */
export const releaseOrderSlotWorkflow = createWorkflow("release-order-slot", (input: { order_id: string }) => {
  return new WorkflowResponse(releaseSlotBookingsStep(input))
})
