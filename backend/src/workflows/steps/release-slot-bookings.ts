import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"

/** A canceled order's bookings, or bookings by id. */
export type SlotBookingsToRelease = { order_id: string } | { id: string[] }

/** Gives slot places back to other customers; compensation restores the bookings. */
export const releaseSlotBookingsStep = createStep(
  "release-slot-bookings",
  async (filter: SlotBookingsToRelease, { container }) => {
    const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
    const bookings = await scheduling.listSlotBookings(filter, { select: ["id"] })
    const ids = bookings.map((booking) => booking.id)
    if (ids.length) {
      // Soft delete: the order keeps its history, the slot's count no longer includes it.
      await scheduling.softDeleteSlotBookings(ids)
    }
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
      await scheduling.restoreSlotBookings(ids)
    }
  }
)
