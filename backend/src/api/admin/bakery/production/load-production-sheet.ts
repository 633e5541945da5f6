import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  bakeDayRange,
  buildProductionSheet,
  PRODUCTION_ORDER_FIELDS,
  todayIn,
  type BakePlanLoad,
  type ProductionSheet,
  type SheetOrder,
} from "../../../../lib/production-sheet"
import { BAKE_PLAN_MODULE } from "../../../../modules/bake-plan"
import { dayPlanLoad } from "../../../../modules/bake-plan/bake-days"
import type BakePlanModuleService from "../../../../modules/bake-plan/service"
import { SCHEDULING_MODULE } from "../../../../modules/scheduling"
import type SchedulingModuleService from "../../../../modules/scheduling/service"

/**
 * Reads one bake day: the slot bookings that start within the day in the
 * shop's time zone, then their orders. Bookings still waiting for their
 * cart to become an order have no order_id and are not on the sheet.
 */
export async function loadProductionSheet(
  container: MedusaContainer,
  date: string | undefined
): Promise<ProductionSheet> {
  const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
  const { timezone } = await scheduling.retrieveShopSchedule()
  const day = date ?? todayIn(timezone)
  const { from, to } = bakeDayRange(day, timezone)
  const bake_plan = await loadDayPlan(container, day)

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: bookings } = await query.graph({
    entity: "slot_booking",
    fields: ["order_id"],
    filters: { slot_start: { $gte: from, $lt: to }, order_id: { $ne: null } },
  })
  const orderIds = bookings.map((booking: { order_id: string | null }) => booking.order_id!)
  if (!orderIds.length) {
    return buildProductionSheet({ orders: [], date: day, timezone, bake_plan })
  }
  const { data: orders } = await query.graph({
    entity: "order",
    fields: PRODUCTION_ORDER_FIELDS,
    filters: { id: orderIds },
  })
  return buildProductionSheet({ orders: orders as SheetOrder[], date: day, timezone, bake_plan })
}

/**
 * The day's bake plan against its bookings. A booking's order is found
 * through its cart (Medusa's order ↔ cart link), so one whose order_id is not
 * written yet still counts as ordered once its cart is an order.
 */
async function loadDayPlan(container: MedusaContainer, day: string): Promise<BakePlanLoad[]> {
  const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
  const [book, bookings] = await Promise.all([
    bakePlan.retrievePlanBook({ from: day, to: day }),
    bakePlan.listBakePlanBookings({ date: day }, { select: ["cart_id", "group_id", "units", "over_plan"] }),
  ])
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const cartIds = [...new Set(bookings.map((booking) => booking.cart_id))]
  const { data: links } = cartIds.length
    ? await query.graph({ entity: "order_cart", fields: ["cart_id", "order_id"], filters: { cart_id: cartIds } })
    : { data: [] }
  const orderIds = links.map((link: { order_id: string }) => link.order_id)
  const { data: orders } = orderIds.length
    ? await query.graph({ entity: "order", fields: ["id", "display_id", "status"], filters: { id: orderIds } })
    : { data: [] }
  const orderOfCart = new Map<string, { display_id: number | null; status: string | null }>()
  for (const link of links as { cart_id: string; order_id: string }[]) {
    const order: any = orders.find((o: any) => o.id === link.order_id)
    if (order) {
      orderOfCart.set(link.cart_id, { display_id: order.display_id ?? null, status: order.status ?? null })
    }
  }
  return dayPlanLoad({
    book,
    date: day,
    bookings: bookings.map((booking) => ({
      group_id: booking.group_id,
      units: booking.units,
      over_plan: booking.over_plan,
      order: orderOfCart.get(booking.cart_id) ?? null,
    })),
  })
}
