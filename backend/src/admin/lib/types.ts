import type { ScheduleSettings } from "../../modules/scheduling/default-settings"
import type { BlackoutDate as ClosedDay, OpeningHours, OpeningWindow } from "../../modules/scheduling/slot-calendar"

/** The scheduling module's own types, as GET and POST /admin/bakery/schedule carry them. */
export type { OpeningHours, OpeningWindow, ScheduleSettings }

export type ScheduleSettingsResponse = { settings: ScheduleSettings }

/** A day the shop is closed, with the reason customers see, as the admin route lists it. */
export type BlackoutDate = ClosedDay & { id: string }

export type BlackoutDatesResponse = { blackout_dates: BlackoutDate[] }
