import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"

type OrderCreatedHook = (
  invoke: (
    input: { order_id: string; cart_id: string },
    context: { container: MedusaContainer }
  ) => Promise<StepResponse<undefined, LinkedBooking | null>>,
  compensate: (data: LinkedBooking | null, context: { container: MedusaContainer }) => Promise<void>
) => void

type LinkedBooking = { booking_id: string; order_id: string }

// complete-cart declares `orderCreated` at runtime but leaves it out of its public types.
const orderCreated = (completeCartWorkflow.hooks as unknown as { orderCreated: OrderCreatedHook })
  .orderCreated

const linkFor = ({ booking_id, order_id }: LinkedBooking) => ({
  [Modules.ORDER]: { order_id },
  [SCHEDULING_MODULE]: { slot_booking_id: booking_id },
})

/** Ties the slot booking taken in the validate hook to the order that now exists. */
orderCreated(
  async ({ order_id, cart_id }, { container }) => {
    const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
    const [booking] = await scheduling.listSlotBookings({ cart_id })
    if (!booking) {
      return new StepResponse(undefined, null)
    }
    const linked = { booking_id: booking.id, order_id }
    await scheduling.updateSlotBookings({ id: booking.id, order_id })
    await container.resolve(ContainerRegistrationKeys.LINK).create(linkFor(linked))
    return new StepResponse(undefined, linked)
  },
  async (linked, { container }) => {
    if (!linked) {
      return
    }
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(linkFor(linked))
    const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
    await scheduling.updateSlotBookings({ id: linked.booking_id, order_id: null })
  }
)
