import { z } from "@medusajs/framework/zod"
import { isCalendarDate } from "../../../../lib/production-sheet"

/** The bake day; left out, it is today in the shop's time zone. */
export const AdminGetProductionSheet = z.object({
  date: z
    .string()
    .refine(isCalendarDate, { message: "Dates are written YYYY-MM-DD, like 2026-06-12" })
    .optional(),
})

export type AdminGetProductionSheetType = z.infer<typeof AdminGetProductionSheet>
