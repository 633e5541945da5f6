import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"
import type { LinkedBooking } from "../slot-booking-links"

export type LeftBehindBookings = {
  /** Bookings of carts that never completed: their places go back. */
  abandoned: string[]
  /** Bookings of carts that did become an order, whose link was never written: they get it. */
  unlinked: LinkedBooking[]
}

/**
 * Bookings a completion left without an order because its process died:
 * older than `older_than_minutes` with a cart that never completed (a cart
 * still completing is younger than that), or older than `link_after_minutes`
 * with a cart that became an order before the process died and its retry
 * returned that order without running the hooks again.
 */
export const listAbandonedSlotBookingsStep = createStep(
  "list-abandoned-slot-bookings",
  async ({ older_than_minutes, link_after_minutes }: { older_than_minutes: number; link_after_minutes: number }, { container }) => {
    const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000)
    const bookings = await scheduling.listSlotBookings(
      { order_id: null, created_at: { $lt: minutesAgo(Math.min(older_than_minutes, link_after_minutes)) } },
      { select: ["id", "cart_id", "created_at"] }
    )
    if (!bookings.length) {
      return new StepResponse<LeftBehindBookings>({ abandoned: [], unlinked: [] })
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const cartIds = bookings.map((booking) => booking.cart_id)
    const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "completed_at"], filters: { id: cartIds } })
    const { data: orders } = await query.graph({ entity: "order_cart", fields: ["cart_id", "order_id"], filters: { cart_id: cartIds } })
    const completed = new Set(carts.filter((cart) => cart.completed_at).map((cart) => cart.id))
    const orderOf = new Map(orders.map((row: { cart_id: string; order_id: string }) => [row.cart_id, row.order_id]))
    const olderThan = (booking: { created_at: Date | string }, minutes: number) => new Date(booking.created_at) < minutesAgo(minutes)
    return new StepResponse<LeftBehindBookings>({
      abandoned: bookings
        .filter((b) => !completed.has(b.cart_id) && !orderOf.has(b.cart_id) && olderThan(b, older_than_minutes))
        .map((b) => b.id),
      unlinked: bookings
        .filter((b) => orderOf.has(b.cart_id) && olderThan(b, link_after_minutes))
        .map((b) => ({ booking_id: b.id, order_id: orderOf.get(b.cart_id)! })),
    })
  }
)
