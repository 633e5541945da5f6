import { model } from "@medusajs/framework/utils"
import type { OpeningHours } from "../slot-calendar"

/**
 * Maya's pickup and delivery rules. The shop has exactly one row; while it is
 * missing the service answers with DEFAULT_SCHEDULE_SETTINGS. The delivery fee
 * is not here: it is the "Local delivery" shipping option's price.
 */
const ScheduleSettings = model.define("schedule_settings", {
  id: model.id({ prefix: "schset" }).primaryKey(),
  timezone: model.text(),
  slot_minutes: model.number(),
  pickup_capacity: model.number(),
  delivery_capacity: model.number(),
  same_day_cutoff: model.text().nullable(),
  booking_horizon_days: model.number(),
  opening_hours: model.json<OpeningHours>(),
  delivery_zip_codes: model.json<string[]>(),
  delivery_minimum_order: model.bigNumber(),
})

export default ScheduleSettings
