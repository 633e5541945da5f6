import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** A booking taken while a cart completed (a slot place, bake plan units) that has no order_id yet. */
export type UnlinkedBooking = { id: string; cart_id: string; created_at: Date | string }

export type LeftBehindBookings = {
  /** Bookings of carts that never completed: their places or units go back. */
  abandoned: string[]
  /** Bookings of carts that did become an order, whose link was never written: they get it. */
  unlinked: { booking_id: string; order_id: string }[]
}

/**
 * Sorts the bookings a completion left without an order because its process
 * died: older than `older_than_minutes` with a cart that never completed (a
 * cart still completing is younger than that) are abandoned; older than
 * `link_after_minutes` with a cart that became an order (its retry returned
 * that order without running the hooks again) are to be tied to it.
 */
export async function sortLeftBehindBookings(
  container: MedusaContainer,
  bookings: UnlinkedBooking[],
  { older_than_minutes, link_after_minutes, now = new Date() }: { older_than_minutes: number; link_after_minutes: number; now?: Date }
): Promise<LeftBehindBookings> {
  if (!bookings.length) {
    return { abandoned: [], unlinked: [] }
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const cartIds = [...new Set(bookings.map((booking) => booking.cart_id))]
  const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "completed_at"], filters: { id: cartIds } })
  const { data: orders } = await query.graph({ entity: "order_cart", fields: ["cart_id", "order_id"], filters: { cart_id: cartIds } })
  const completed = new Set(carts.filter((cart) => cart.completed_at).map((cart) => cart.id))
  const orderOf = new Map(orders.map((row: { cart_id: string; order_id: string }) => [row.cart_id, row.order_id]))
  const olderThan = (booking: UnlinkedBooking, minutes: number) => new Date(booking.created_at).getTime() < now.getTime() - minutes * 60_000
  return {
    abandoned: bookings
      .filter((b) => !completed.has(b.cart_id) && !orderOf.has(b.cart_id) && olderThan(b, older_than_minutes))
      .map((b) => b.id),
    unlinked: bookings
      .filter((b) => orderOf.has(b.cart_id) && olderThan(b, link_after_minutes))
      .map((b) => ({ booking_id: b.id, order_id: orderOf.get(b.cart_id)! })),
  }
}

/** The moment a booking must be older than to be looked at by `sortLeftBehindBookings`. */
export const leftBehindBefore = ({ older_than_minutes, link_after_minutes }: { older_than_minutes: number; link_after_minutes: number }) =>
  new Date(Date.now() - Math.min(older_than_minutes, link_after_minutes) * 60_000)
