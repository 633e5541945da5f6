/**
 * Medusa's completeCartWorkflow writes an order, then — in separate steps —
 * its cart link and its stock reservations. A backend process that dies in
 * between leaves an order whose units are not reserved, so the shop could sell
 * them again; a retry of the completion returns that order without reserving
 * (it skips the create-order branch). These functions write what is missing,
 * under the same stock locks completions take. Called by the completion hook
 * for a cart that already has its order (holdCartStock) and by the
 * repair-interrupted-orders job for customers who never retried.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { placeMissingReservations } from "../lib/cart-stock"
import { loadBasketStock, readLatestLevels } from "./cart-stock-context"
import { holdStock, releaseStock, stockHoldOf } from "./cart-stock-locks"

export type OrderOfCart = { order_id: string; cart_id: string }

/** The order fields the repair needs; an order canceled or (partly) fulfilled has had its reservations settled by Medusa. */
export const ORDER_STOCK_FIELDS = [
  "id",
  "display_id",
  "status",
  "sales_channel_id",
  "items.id",
  "items.variant_id",
  // The order module fills an item's quantity from its detail row, and only when that row is read.
  "items.quantity",
  "items.detail.quantity",
  "fulfillments.id",
]

type OrderStock = {
  id: string
  display_id?: number
  status: string
  sales_channel_id: string | null
  items?: ({ id: string; variant_id: string | null; quantity: unknown } | null)[] | null
  fulfillments?: ({ id: string } | null)[] | null
}

/** Orders whose reservations are settled by Medusa itself: canceled (released) or fulfilled (turned into stock moves). */
export const isSettled = (order: OrderStock) => order.status === "canceled" || (order.fulfillments ?? []).some(Boolean)

const itemsOf = (order: OrderStock) =>
  (order.items ?? []).filter(Boolean).map((item) => ({ id: item!.id, variant_id: item!.variant_id, quantity: item!.quantity as number }))

/** `${line_item_id}:${inventory_item_id}` of every reservation the orders' lines have. */
export async function reservedPairs(container: MedusaContainer, lineItemIds: string[]) {
  if (!lineItemIds.length) {
    return new Set<string>()
  }
  const reservations = await container
    .resolve(Modules.INVENTORY)
    .listReservationItems({ line_item_id: lineItemIds }, { select: ["line_item_id", "inventory_item_id"] })
  return new Set(reservations.map((r) => `${r.line_item_id}:${r.inventory_item_id}`))
}

/**
 * Writes the reservations the order of this cart lacks and returns their ids
 * ([] when none were missing). The caller holds Medusa's lock on the cart, so
 * no completion of the same cart runs meanwhile. If fewer units are left than
 * the order took (sold while it was unreserved), the reservation is written
 * anyway — the order exists — and Maya's log says so.
 */
export async function restoreOrderReservations(container: MedusaContainer, { order_id, cart_id }: OrderOfCart): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_STOCK_FIELDS, filters: { id: order_id } })
  const order = data[0] as unknown as OrderStock | undefined
  if (!order || isSettled(order)) {
    return []
  }
  const items = itemsOf(order)
  const stock = await loadBasketStock(container, { sales_channel_id: order.sales_channel_id, items })
  const lines = stock.lines.filter((line) => line.item_id).map((line) => ({ ...line, item_id: line.item_id! }))
  const missingNow = async () =>
    placeMissingReservations({
      lines,
      reserved: await reservedPairs(container, items.map((item) => item.id)),
      location_ids: stock.location_ids,
      levels: await readLatestLevels(container, [...new Set(lines.flatMap((l) => l.inventory_items.map((i) => i.inventory_item_id)))], stock.location_ids),
    })
  const seen = await missingNow()
  if (!seen.length) {
    return []
  }
  const hold = stockHoldOf(cart_id, seen.map((m) => m.inventory_item_id))
  await holdStock(container, hold, [...new Set(lines.map((line) => line.name))])
  try {
    // Judged again under the locks, from the levels other completions leave.
    const missing = await missingNow()
    if (!missing.length) {
      return []
    }
    const created = await container.resolve(Modules.INVENTORY).createReservationItems(
      missing.map(({ line_item_id, inventory_item_id, location_id, quantity, allow_backorder }) => ({
        line_item_id,
        inventory_item_id,
        location_id,
        quantity,
        allow_backorder,
      }))
    )
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    logger.warn(`Order #${order.display_id ?? order.id}: wrote the ${missing.length} stock reservation(s) a stopped checkout left out.`)
    const short = missing.filter((m) => m.short)
    if (short.length) {
      const names = lines.filter((line) => short.some((m) => m.line_item_id === line.item_id)).map((line) => line.name)
      logger.warn(`Order #${order.display_id ?? order.id} took more ${[...new Set(names)].join(" and ")} than was left in stock; check the stock in the admin.`)
    }
    return created.map((reservation) => reservation.id)
  } finally {
    await releaseStock(container, hold)
  }
}
