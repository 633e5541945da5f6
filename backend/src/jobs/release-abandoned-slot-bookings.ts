import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { releaseAbandonedSlotBookingsWorkflow } from "../workflows/release-abandoned-slot-bookings"

/** No completion takes this long, so an older booking without an order was left behind by a crash. */
export const ABANDONED_BOOKING_MINUTES = 10
/** A booking whose cart already became an order waits this long for the completion's own link. */
export const UNLINKED_BOOKING_MINUTES = 1

/**
 * A backend that dies while a cart completes can leave the cart's slot place
 * booked with no order: if the customer never tries again, this job gives the
 * place back so the slot does not stay short; if the order was created, it
 * ties the booking to it.
 */
export default async function releaseAbandonedSlotBookingsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await releaseAbandonedSlotBookingsWorkflow(container).run({
    input: { older_than_minutes: ABANDONED_BOOKING_MINUTES, link_after_minutes: UNLINKED_BOOKING_MINUTES },
  })
  if (result.released.length) {
    logger.warn(`Slot places of ${result.released.length} unfinished checkouts given back: ${result.released.join(", ")}`)
  }
  if (result.linked.length) {
    logger.warn(`Slot bookings tied to the orders a stopped process left them without: ${result.linked.map((l) => l.order_id).join(", ")}`)
  }
}

export const config = {
  name: "release-abandoned-slot-bookings",
  schedule: "* * * * *",
}
