import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"

/**
 * Bookings a completion left behind without an order (its process died after
 * booking the place): older than `older_than_minutes`, no order, and a cart
 * that never completed. A cart still completing is younger than that, and a
 * completed cart's booking is its order's, so neither is listed.
 */
export const listAbandonedSlotBookingsStep = createStep(
  "list-abandoned-slot-bookings",
  async ({ older_than_minutes }: { older_than_minutes: number }, { container }) => {
    const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
    const before = new Date(Date.now() - older_than_minutes * 60_000)
    const bookings = await scheduling.listSlotBookings(
      { order_id: null, created_at: { $lt: before } },
      { select: ["id", "cart_id"] }
    )
    if (!bookings.length) {
      return new StepResponse([] as string[])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["id", "completed_at"],
      filters: { id: bookings.map((booking) => booking.cart_id) },
    })
    const completed = new Set(carts.filter((cart) => cart.completed_at).map((cart) => cart.id))
    return new StepResponse(bookings.filter((booking) => !completed.has(booking.cart_id)).map((booking) => booking.id))
  }
)
