import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { releaseAbandonedBakePlanBookingsWorkflow } from "../workflows/release-abandoned-bake-plan-bookings"
import { ABANDONED_BOOKING_MINUTES, UNLINKED_BOOKING_MINUTES } from "./release-abandoned-slot-bookings"

/**
 * A backend that dies while a cart completes can leave the cart's bake plan
 * units booked with no order: if the customer never tries again, this job
 * gives them back so the day is not short; if the order was created, it ties
 * the bookings to it.
 */
export default async function releaseAbandonedBakePlanBookingsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await releaseAbandonedBakePlanBookingsWorkflow(container).run({
    input: { older_than_minutes: ABANDONED_BOOKING_MINUTES, link_after_minutes: UNLINKED_BOOKING_MINUTES },
  })
  if (result.released.length) {
    logger.warn(`Bake plan units of ${result.released.length} unfinished checkouts given back: ${result.released.join(", ")}`)
  }
}

export const config = {
  name: "release-abandoned-bake-plan-bookings",
  schedule: "* * * * *",
}
