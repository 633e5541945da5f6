import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"

/** Gives a canceled order's slot place back; compensation restores the booking. */
export const releaseOrderSlotBookingsStep = createStep(
  "release-order-slot-bookings",
  async ({ order_id }: { order_id: string }, { container }) => {
    const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
    const bookings = await scheduling.listSlotBookings({ order_id }, { select: ["id"] })
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
