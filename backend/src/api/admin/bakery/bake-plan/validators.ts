import { z } from "@medusajs/framework/zod"
import { WEEKDAYS } from "@sweet-crumbs/bakery-rules/weekdays"
import { isPlanDate } from "../../../../modules/bake-plan/bake-days"

// Medusa words range and type errors itself ("Value for field 'weekday_quantities, sat' too small…").
const quantity = z.number().int().min(0).max(100_000)

const weekdayQuantities = z
  .object(Object.fromEntries(WEEKDAYS.map((day) => [day, quantity])) as Record<(typeof WEEKDAYS)[number], typeof quantity>)
  .strict()

const items = z
  .array(
    z
      .object({
        variant_id: z.string().min(1),
        units: z.number().int().min(1).max(1000),
      })
      .strict()
  )
  .max(500)

const name = z.string().trim().max(80).refine((v) => v.length > 0, { message: "Give the group a name, like Celebration cakes" })
const unit = z.string().trim().max(30).refine((v) => v.length > 0, { message: "Say what the group is counted in, like cakes or loaves" })

export const AdminCreateBakePlanGroup = z
  .object({ name, unit, weekday_quantities: weekdayQuantities, items: items.default([]) })
  .strict()

/** Every field optional: Maya saves what she changed; `items`, when sent, is the group's whole list. */
export const AdminUpdateBakePlanGroup = z
  .object({ name, unit, weekday_quantities: weekdayQuantities, items })
  .partial()
  .strict()

export const AdminSetBakePlanOverride = z
  .object({
    date: z.string().refine(isPlanDate, { message: "Dates look like 2026-05-10 (year-month-day)" }),
    quantity,
    reason: z.string().trim().max(120).nullish(),
  })
  .strict()

export type AdminCreateBakePlanGroupType = z.infer<typeof AdminCreateBakePlanGroup>
export type AdminUpdateBakePlanGroupType = z.infer<typeof AdminUpdateBakePlanGroup>
export type AdminSetBakePlanOverrideType = z.infer<typeof AdminSetBakePlanOverride>
