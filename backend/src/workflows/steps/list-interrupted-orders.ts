import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isSettled, ORDER_STOCK_FIELDS, type OrderOfCart, reservedPairs } from "../order-reservations"

export type InterruptedOrders = {
  /** Orders of a cart with a line that has no reservation: their completion may have died before reserving. */
  unreserved: OrderOfCart[]
  /**
   * Checkout orders with no cart: their completion died right after writing
   * the order, before linking it, reserving or taking payment, so the customer
   * was told it failed (and may have ordered again).
   */
  orphaned: string[]
  /**
   * Payment sessions of linked orders that were never authorized: the
   * completion died after reserving, before asking the payment provider.
   */
  unauthorized: { order_id: string; payment_session_id: string }[]
}

/**
 * Orders placed between `older_than_minutes` (a completion still running is
 * younger) and `newer_than_minutes` ago that a stopped completion left
 * unfinished. Orders Maya drafted in the admin have no cart and no slot in
 * their metadata, so they are never taken for orphans.
 */
export const listInterruptedOrdersStep = createStep(
  "list-interrupted-orders",
  async ({ older_than_minutes, newer_than_minutes }: { older_than_minutes: number; newer_than_minutes: number }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        ...ORDER_STOCK_FIELDS,
        "is_draft_order",
        "metadata",
        "cart.id",
        "payment_collections.payments.id",
        "payment_collections.payment_sessions.id",
        "payment_collections.payment_sessions.status",
      ],
      filters: { created_at: { $lt: minutesAgo(older_than_minutes), $gt: minutesAgo(newer_than_minutes) } },
    })
    const open = (orders as any[]).filter((order) => !isSettled(order) && !order.is_draft_order)
    const linked = open.filter((order) => order.cart?.id)
    const lineIds = linked.flatMap((order) => (order.items ?? []).filter(Boolean).map((item: { id: string }) => item.id))
    const reservedLines = new Set([...(await reservedPairs(container, lineIds))].map((pair) => pair.split(":")[0]))
    return new StepResponse<InterruptedOrders>({
      // Lines of made-to-order cakes never have one; restoreOrderReservations tells them apart.
      unreserved: linked
        .filter((order) => (order.items ?? []).some((item: { id: string } | null) => item && !reservedLines.has(item.id)))
        .map((order) => ({ order_id: order.id, cart_id: order.cart.id })),
      orphaned: open
        .filter((order) => !order.cart?.id && order.status === "pending" && order.metadata?.fulfillment_slot)
        .map((order) => order.id),
      unauthorized: linked.flatMap((order) => {
        const collection = (order.payment_collections ?? []).find(Boolean)
        if (!collection || (collection.payments ?? []).some(Boolean)) {
          return []
        }
        const session = (collection.payment_sessions ?? []).find(
          (s: { status: string } | null) => s && ["pending", "requires_more"].includes(s.status)
        )
        return session ? [{ order_id: order.id, payment_session_id: session.id }] : []
      }),
    })
  }
)
