import { MedusaService } from "@medusajs/framework/utils"
import { bookedKey, type BookedUnits, type PlanBook, type PlanItem } from "./bake-days"
import BakePlanBooking from "./models/bake-plan-booking"
import BakePlanGroup from "./models/bake-plan-group"
import BakePlanItem from "./models/bake-plan-item"
import BakePlanOverride from "./models/bake-plan-override"

class BakePlanModuleService extends MedusaService({
  BakePlanGroup,
  BakePlanItem,
  BakePlanOverride,
  BakePlanBooking,
}) {
  /** The plan items of these variants (those on no group are simply missing). */
  async listPlanItems(variantIds: string[]): Promise<PlanItem[]> {
    if (!variantIds.length) {
      return []
    }
    const items = await this.listBakePlanItems({ variant_id: variantIds }, { select: ["variant_id", "units", "group_id"] })
    return items.map((item: any) => ({ group_id: item.group_id, variant_id: item.variant_id, units: item.units }))
  }

  /**
   * What the plan rules need for the days `from`–`to` (inclusive): the groups,
   * their date overrides and the units booked per group and day, leaving out
   * `excludeCartId`'s own bookings so a cart re-checking never competes with itself.
   */
  async retrievePlanBook({
    group_ids,
    from,
    to,
    exclude_cart_id,
  }: {
    group_ids?: string[]
    from: string
    to: string
    exclude_cart_id?: string
  }): Promise<PlanBook> {
    const byGroup = group_ids ? { id: group_ids } : {}
    const inGroups = group_ids ? { group_id: group_ids } : {}
    const days = { date: { $gte: from, $lte: to } }
    const [groups, overrides, bookings] = await Promise.all([
      this.listBakePlanGroups(byGroup, { select: ["id", "name", "unit", "weekday_quantities"] }),
      this.listBakePlanOverrides({ ...inGroups, ...days }, { select: ["group_id", "date", "quantity", "reason"] }),
      this.listBakePlanBookings({ ...inGroups, ...days }, { select: ["group_id", "date", "units", "cart_id"] }),
    ])
    const booked: BookedUnits = {}
    for (const booking of bookings) {
      if (booking.cart_id !== exclude_cart_id) {
        const key = bookedKey(booking.group_id, booking.date)
        booked[key] = (booked[key] ?? 0) + booking.units
      }
    }
    return {
      groups: groups.map(({ id, name, unit, weekday_quantities }) => ({ id, name, unit, weekday_quantities })),
      overrides: overrides.map((o: any) => ({ group_id: o.group_id, date: o.date, quantity: o.quantity, reason: o.reason ?? null })),
      booked,
    }
  }
}

export default BakePlanModuleService
