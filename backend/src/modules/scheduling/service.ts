import { MedusaService } from "@medusajs/framework/utils"
import BlackoutDate from "./models/blackout-date"
import ScheduleSettings from "./models/schedule-settings"
import SlotBooking from "./models/slot-booking"
import { DEFAULT_SCHEDULE_SETTINGS, type ScheduleSettings as Settings } from "./default-settings"
import { slotKey, type FulfillmentType } from "./slot-calendar"

class SchedulingModuleService extends MedusaService({
  ScheduleSettings,
  BlackoutDate,
  SlotBooking,
}) {
  /** The shop's one settings row, or the defaults while Maya has not saved any. */
  async retrieveShopSchedule(): Promise<Settings & { id: string | null }> {
    const [row] = await this.listScheduleSettings({}, { take: 1, order: { created_at: "ASC" } })
    if (!row) {
      return { id: null, ...DEFAULT_SCHEDULE_SETTINGS }
    }
    return {
      id: row.id,
      timezone: row.timezone,
      slot_minutes: row.slot_minutes,
      pickup_capacity: row.pickup_capacity,
      delivery_capacity: row.delivery_capacity,
      same_day_cutoff: row.same_day_cutoff,
      booking_horizon_days: row.booking_horizon_days,
      opening_hours: row.opening_hours,
      delivery_zip_codes: row.delivery_zip_codes,
      delivery_minimum_order: row.delivery_minimum_order,
    }
  }

  /**
   * Places taken per slot start (keyed by `slotKey`) for one fulfillment type
   * between two instants, leaving out `excludeCartId`'s own booking.
   */
  async countSlotBookings(
    type: FulfillmentType,
    from: Date,
    to: Date,
    excludeCartId?: string
  ): Promise<Record<string, number>> {
    const bookings = await this.listSlotBookings(
      { type, slot_start: { $gte: from, $lte: to } },
      { select: ["slot_start", "cart_id"] }
    )
    const counts: Record<string, number> = {}
    for (const booking of bookings) {
      if (booking.cart_id === excludeCartId) {
        continue
      }
      const key = slotKey(booking.slot_start)
      counts[key] = (counts[key] ?? 0) + 1
    }
    return counts
  }
}

export default SchedulingModuleService
