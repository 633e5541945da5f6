import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  bakeDayRange,
  buildProductionSheet,
  PRODUCTION_ORDER_FIELDS,
  todayIn,
  type ProductionSheet,
  type SheetOrder,
} from "../../../../lib/production-sheet"
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

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: bookings } = await query.graph({
    entity: "slot_booking",
    fields: ["order_id"],
    filters: { slot_start: { $gte: from, $lt: to }, order_id: { $ne: null } },
  })
  const orderIds = bookings.map((booking: { order_id: string | null }) => booking.order_id!)
  if (!orderIds.length) {
    return buildProductionSheet({ orders: [], date: day, timezone })
  }
  const { data: orders } = await query.graph({
    entity: "order",
    fields: PRODUCTION_ORDER_FIELDS,
    filters: { id: orderIds },
  })
  return buildProductionSheet({ orders: orders as SheetOrder[], date: day, timezone })
}
