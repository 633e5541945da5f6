import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { listAbandonedSlotBookingsStep } from "./steps/list-abandoned-slot-bookings"
import { linkSlotBookingsToOrdersStep } from "./steps/link-slot-bookings-to-orders"
import { releaseSlotBookingsStep } from "./steps/release-slot-bookings"

/**
 * Tidies the bookings of completions that died (see
 * listAbandonedSlotBookingsStep): a cart that never completed gives its place
 * back, a cart that became an order gets its booking tied to that order.
 * Returns the released booking ids and the linked bookings.
 */
export const releaseAbandonedSlotBookingsWorkflow = createWorkflow(
  "release-abandoned-slot-bookings",
  (input: { older_than_minutes: number; link_after_minutes: number }) => {
    const found = listAbandonedSlotBookingsStep(input)
    const released = when({ found }, ({ found }) => found.abandoned.length > 0).then(() =>
      releaseSlotBookingsStep(transform({ found }, ({ found }) => ({ id: found.abandoned })))
    )
    const linked = when({ found }, ({ found }) => found.unlinked.length > 0).then(() =>
      linkSlotBookingsToOrdersStep(transform({ found }, ({ found }) => found.unlinked))
    )
    return new WorkflowResponse(
      transform({ released, linked }, ({ released, linked }) => ({ released: released ?? [], linked: linked ?? [] }))
    )
  }
)
