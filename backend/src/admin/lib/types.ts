import type { Weekday } from "@sweet-crumbs/bakery-rules/weekdays"

/** One stretch of a day the shop is open, "07:00" to "18:00" in the shop's zone. */
export type OpeningWindow = { open: string; close: string }

/** A day with no windows is closed; a lunch break is two windows. */
export type OpeningHours = Record<Weekday, OpeningWindow[]>

/** Maya's pickup and delivery settings, as GET and POST /admin/bakery/schedule carry them. */
export type ScheduleSettings = {
  timezone: string
  slot_minutes: number
  pickup_capacity: number
  delivery_capacity: number
  same_day_cutoff: string | null
  booking_horizon_days: number
  opening_hours: OpeningHours
  delivery_zip_codes: string[]
  delivery_minimum_order: number
}

export type ScheduleSettingsResponse = { settings: ScheduleSettings }

/** A day the shop is closed, with the reason customers see. */
export type BlackoutDate = { id: string; date: string; reason: string }

export type BlackoutDatesResponse = { blackout_dates: BlackoutDate[] }
