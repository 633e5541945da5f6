import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SCHEDULING_MODULE } from "../modules/scheduling"
import type SchedulingModuleService from "../modules/scheduling/service"

export type LinkedBooking = { booking_id: string; order_id: string }

const linkFor = ({ booking_id, order_id }: LinkedBooking) => ({
  [Modules.ORDER]: { order_id },
  [SCHEDULING_MODULE]: { slot_booking_id: booking_id },
})

/** Ties a slot booking to its order: the booking's order_id and the order ↔ booking link. */
export async function linkBookingToOrder(container: MedusaContainer, linked: LinkedBooking) {
  const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
  await scheduling.updateSlotBookings({ id: linked.booking_id, order_id: linked.order_id })
  await container.resolve(ContainerRegistrationKeys.LINK).create(linkFor(linked))
}

/** Undoes `linkBookingToOrder`. */
export async function unlinkBookingFromOrder(container: MedusaContainer, linked: LinkedBooking) {
  await container.resolve(ContainerRegistrationKeys.LINK).dismiss(linkFor(linked))
  const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
  await scheduling.updateSlotBookings({ id: linked.booking_id, order_id: null })
}
