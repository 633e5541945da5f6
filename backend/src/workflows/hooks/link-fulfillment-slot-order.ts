import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"
import { type LinkedBooking, linkBookingToOrder, unlinkBookingFromOrder } from "../slot-booking-links"

type OrderCreatedHook = (
  invoke: (
    input: { order_id: string; cart_id: string },
    context: { container: MedusaContainer }
  ) => Promise<StepResponse<undefined, LinkedBooking | null>>,
  compensate: (data: LinkedBooking | null, context: { container: MedusaContainer }) => Promise<void>
) => void

// complete-cart declares `orderCreated` at runtime but leaves it out of its public types.
const orderCreated = (completeCartWorkflow.hooks as unknown as { orderCreated: OrderCreatedHook })
  .orderCreated

/** Ties the slot booking taken in the validate hook to the order that now exists. */
orderCreated(
  async ({ order_id, cart_id }, { container }) => {
    const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
    const [booking] = await scheduling.listSlotBookings({ cart_id })
    if (!booking) {
      return new StepResponse(undefined, null)
    }
    const linked = { booking_id: booking.id, order_id }
    await linkBookingToOrder(container, linked)
    return new StepResponse(undefined, linked)
  },
  async (linked, { container }) => {
    if (!linked) {
      return
    }
    await unlinkBookingFromOrder(container, linked)
  }
)
