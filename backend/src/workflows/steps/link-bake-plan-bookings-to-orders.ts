import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKE_PLAN_MODULE } from "../../modules/bake-plan"
import type BakePlanModuleService from "../../modules/bake-plan/service"

type Linked = { booking_id: string; order_id: string }

/** Writes the order a bake plan booking's cart became onto the booking; compensation clears it. */
export const linkBakePlanBookingsToOrdersStep = createStep(
  "link-bake-plan-bookings-to-orders",
  async (bookings: Linked[], { container }) => {
    const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
    if (bookings.length) {
      await bakePlan.updateBakePlanBookings(bookings.map(({ booking_id, order_id }) => ({ id: booking_id, order_id })))
    }
    return new StepResponse(bookings, bookings)
  },
  async (bookings, { container }) => {
    if (bookings?.length) {
      const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
      await bakePlan.updateBakePlanBookings(bookings.map(({ booking_id }) => ({ id: booking_id, order_id: null })))
    }
  }
)
