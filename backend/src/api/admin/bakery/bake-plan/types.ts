/*
 * The bake plan as the admin API returns it. Kept free of server imports so the
 * admin pages can share these types without pulling server code into their bundle.
 */
import type { Weekday } from "@sweet-crumbs/bakery-rules/weekdays"

export type WeekdayQuantities = Record<Weekday, number>

export type BakePlanItemView = {
  id: string
  variant_id: string
  product_id: string
  /** How many of the group's units one of this variant counts as. */
  units: number
  product_title: string | null
  variant_title: string | null
  sku: string | null
}

export type BakePlanOverrideView = { id: string; date: string; quantity: number; reason: string | null }

export type BakePlanGroupView = {
  id: string
  name: string
  unit: string
  weekday_quantities: WeekdayQuantities
  items: BakePlanItemView[]
  /** From today on, by date. */
  overrides: BakePlanOverrideView[]
}
