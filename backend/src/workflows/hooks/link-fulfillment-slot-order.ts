import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"
import type { CartOrderCreated, HookHandler } from "../hook-handlers"
import { type LinkedBooking, linkBookingToOrder, unlinkBookingFromOrder } from "../slot-booking-links"

/**
 * Ties the slot booking taken in the validate hook to the order that now
 * exists. completeCartWorkflow's orderCreated hook, registered in cart-workflow-hooks.ts.
 */
export const linkFulfillmentSlotOrder: HookHandler<CartOrderCreated, LinkedBooking | null> = {
  invoke: async ({ order_id, cart_id }, { container }) => {
    const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
    const [booking] = await scheduling.listSlotBookings({ cart_id })
    if (!booking) {
      return new StepResponse(undefined, null)
    }
    const linked = { booking_id: booking.id, order_id }
    await linkBookingToOrder(container, linked)
    return new StepResponse(undefined, linked)
  },
  compensate: async (linked, { container }) => {
    if (linked) {
      await unlinkBookingFromOrder(container, linked)
    }
  },
}
