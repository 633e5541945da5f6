import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import SchedulingModule from "../modules/scheduling"

/** The pickup or delivery place an order holds, so `order.slot_booking` resolves in query.graph. */
export default defineLink(OrderModule.linkable.order, SchedulingModule.linkable.slotBooking)
