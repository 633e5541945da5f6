import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DateTime } from "luxon"
import { SCHEDULING_MODULE } from "../../../../modules/scheduling"
import type SchedulingModuleService from "../../../../modules/scheduling/service"

/**
 * What the storefront may show about pickup and delivery. Capacities stay
 * private: customers see places left per slot, not Maya's staffing.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const scheduling: SchedulingModuleService = req.scope.resolve(SCHEDULING_MODULE)
  const settings = await scheduling.retrieveShopSchedule()
  const today = DateTime.now().setZone(settings.timezone).toISODate()!
  const blackouts = await scheduling.listBlackoutDates(
    { date: { $gte: today } },
    { order: { date: "ASC" } }
  )
  res.json({
    settings: {
      timezone: settings.timezone,
      slot_minutes: settings.slot_minutes,
      same_day_cutoff: settings.same_day_cutoff,
      booking_horizon_days: settings.booking_horizon_days,
      opening_hours: settings.opening_hours,
      delivery_zip_codes: settings.delivery_zip_codes,
      delivery_minimum_order: settings.delivery_minimum_order,
      blackout_dates: blackouts.map(({ date, reason }) => ({ date, reason })),
    },
  })
}
