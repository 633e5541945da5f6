import { z } from "@medusajs/framework/zod"
import { DateTime } from "luxon"
import { FULFILLMENT_TYPES } from "../../../../../modules/scheduling/slot-calendar"

const calendarDay = z
  .string()
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid, {
    message: "Dates look like 2026-12-24 (year-month-day)",
  })

export const StoreGetFulfillmentSlots = z
  .object({
    type: z.enum(FULFILLMENT_TYPES),
    from: calendarDay.optional(),
    to: calendarDay.optional(),
  })
  .refine(({ from, to }) => !from || !to || from <= to, {
    message: "The last day (to) must not be before the first day (from)",
  })

export type StoreGetFulfillmentSlotsType = z.infer<typeof StoreGetFulfillmentSlots>
