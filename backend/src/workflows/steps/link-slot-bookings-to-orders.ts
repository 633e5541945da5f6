import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type LinkedBooking, linkBookingToOrder, unlinkBookingFromOrder } from "../slot-booking-links"

/** Ties bookings to the orders their carts became; compensation unties them. */
export const linkSlotBookingsToOrdersStep = createStep(
  "link-slot-bookings-to-orders",
  async (bookings: LinkedBooking[], { container }) => {
    for (const linked of bookings) {
      await linkBookingToOrder(container, linked)
    }
    return new StepResponse(bookings, bookings)
  },
  async (bookings, { container }) => {
    for (const linked of bookings ?? []) {
      await unlinkBookingFromOrder(container, linked)
    }
  }
)
