import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { listAbandonedSlotBookingsStep } from "./steps/list-abandoned-slot-bookings"
import { releaseSlotBookingsStep } from "./steps/release-slot-bookings"

/**
 * Gives back the slot places of completions that died before their order
 * existed (see listAbandonedSlotBookingsStep); returns the released bookings.
 */
export const releaseAbandonedSlotBookingsWorkflow = createWorkflow(
  "release-abandoned-slot-bookings",
  (input: { older_than_minutes: number }) => {
    const ids = listAbandonedSlotBookingsStep(input)
    const released = when({ ids }, ({ ids }) => ids.length > 0).then(() =>
      releaseSlotBookingsStep(transform({ ids }, ({ ids }) => ({ id: ids })))
    )
    return new WorkflowResponse(transform({ released }, ({ released }) => released ?? []))
  }
)
