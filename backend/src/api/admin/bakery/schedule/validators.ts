import { z } from "@medusajs/framework/zod"
import { IANAZone } from "luxon"
import { WEEKDAYS } from "@sweet-crumbs/bakery-rules/weekdays"
import { clockMinutes, isClockTime } from "../../../../modules/scheduling/slot-calendar"

const clock = z.string().refine(isClockTime, { message: "Times are 24-hour, like 07:30 or 18:00" })

const openingWindow = z
  .object({ open: clock, close: clock })
  .refine(({ open, close }) => !isClockTime(open) || !isClockTime(close) || clockMinutes(open) < clockMinutes(close), {
    message: "Closing time must be after opening time",
  })

const openingDay = z
  .array(openingWindow)
  .max(4)
  .refine(
    (windows) => {
      const sorted = [...windows].sort((a, b) => a.open.localeCompare(b.open))
      return sorted.every((w, i) => i === 0 || sorted[i - 1].close <= w.open)
    },
    { message: "Opening hours on the same day must not overlap" }
  )

const openingHours = z.object(
  Object.fromEntries(WEEKDAYS.map((day) => [day, openingDay])) as Record<
    (typeof WEEKDAYS)[number],
    typeof openingDay
  >
)

/** Every field optional: Maya saves what she changed, the rest stays. */
export const AdminUpdateSchedule = z.object({
  timezone: z
    .string()
    .refine((zone) => IANAZone.isValidZone(zone), { message: "Unknown time zone, use one like America/New_York" })
    .optional(),
  slot_minutes: z.number().int().min(5).max(240).optional(),
  pickup_capacity: z.number().int().min(0).max(1000).optional(),
  delivery_capacity: z.number().int().min(0).max(1000).optional(),
  same_day_cutoff: clock.nullable().optional(),
  booking_horizon_days: z.number().int().min(0).max(365).optional(),
  opening_hours: openingHours.optional(),
  delivery_zip_codes: z
    .array(z.string().regex(/^\d{5}$/, { message: "ZIP codes have five digits, like 11215" }))
    .max(500)
    .optional(),
  delivery_minimum_order: z.number().min(0).optional(),
})

export type AdminUpdateScheduleType = z.infer<typeof AdminUpdateSchedule>
