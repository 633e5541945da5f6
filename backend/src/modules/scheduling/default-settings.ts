import type { OpeningHours } from "./slot-calendar"

const WEEKDAY_HOURS = [{ open: "07:00", close: "18:00" }]

/**
 * Maya's starting schedule. The service falls back to it while no settings
 * row exists, and the seed upserts it so the admin page has something to edit.
 */
export const DEFAULT_SCHEDULE_SETTINGS = {
  timezone: "America/New_York",
  slot_minutes: 30,
  pickup_capacity: 4,
  delivery_capacity: 2,
  same_day_cutoff: "14:00" as string | null,
  booking_horizon_days: 14,
  opening_hours: {
    mon: WEEKDAY_HOURS,
    tue: WEEKDAY_HOURS,
    wed: WEEKDAY_HOURS,
    thu: WEEKDAY_HOURS,
    fri: WEEKDAY_HOURS,
    sat: [{ open: "08:00", close: "16:00" }],
    sun: [],
  } as OpeningHours,
  // Park Slope and the neighbourhoods the delivery bike reaches from 214 Maple Avenue.
  delivery_zip_codes: ["11215", "11217", "11218", "11225", "11226", "11231", "11232", "11238"],
  /** Smallest item subtotal (major units, 35 = $35.00) accepted for local delivery. */
  delivery_minimum_order: 35,
}

export type ScheduleSettings = typeof DEFAULT_SCHEDULE_SETTINGS
