import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { linkBakePlanBookingsToOrdersStep } from "./steps/link-bake-plan-bookings-to-orders"
import { listAbandonedBakePlanBookingsStep } from "./steps/list-abandoned-bake-plan-bookings"
import { releaseBakePlanBookingsStep } from "./steps/release-bake-plan-bookings"

/**
 * Tidies the bake plan bookings of completions that died: a cart that never
 * completed gives its units back, a cart that became an order gets its
 * bookings tied to that order. Returns the released booking ids and the linked bookings.
 */
export const releaseAbandonedBakePlanBookingsWorkflow = createWorkflow(
  "release-abandoned-bake-plan-bookings",
  (input: { older_than_minutes: number; link_after_minutes: number }) => {
    const found = listAbandonedBakePlanBookingsStep(input)
    const released = when({ found }, ({ found }) => found.abandoned.length > 0).then(() =>
      releaseBakePlanBookingsStep(transform({ found }, ({ found }) => ({ id: found.abandoned })))
    )
    const linked = when({ found }, ({ found }) => found.unlinked.length > 0).then(() =>
      linkBakePlanBookingsToOrdersStep(transform({ found }, ({ found }) => found.unlinked))
    )
    return new WorkflowResponse(
      transform({ released, linked }, ({ released, linked }) => ({ released: released ?? [], linked: linked ?? [] }))
    )
  }
)
