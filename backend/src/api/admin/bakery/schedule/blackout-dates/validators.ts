import { z } from "@medusajs/framework/zod"
import { DateTime } from "luxon"

export const AdminCreateBlackoutDate = z.object({
  date: z
    .string()
    .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid, {
      message: "Dates look like 2026-12-25 (year-month-day)",
    }),
  reason: z.string().trim().min(1, { message: "Say why the shop is closed" }).max(200),
})

export type AdminCreateBlackoutDateType = z.infer<typeof AdminCreateBlackoutDate>
