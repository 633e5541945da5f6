import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"
import { leftBehindBefore, sortLeftBehindBookings } from "../left-behind-bookings"

/** Slot bookings a completion left without an order because its process died (see sortLeftBehindBookings). */
export const listAbandonedSlotBookingsStep = createStep(
  "list-abandoned-slot-bookings",
  async (ages: { older_than_minutes: number; link_after_minutes: number }, { container }) => {
    const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
    const bookings = await scheduling.listSlotBookings(
      { order_id: null, created_at: { $lt: leftBehindBefore(ages) } },
      { select: ["id", "cart_id", "created_at"] }
    )
    return new StepResponse(await sortLeftBehindBookings(container, bookings, ages))
  }
)
