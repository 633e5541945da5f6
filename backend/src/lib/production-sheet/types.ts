/*
 * The production sheet as the admin API returns it. Kept free of runtime imports so
 * the admin page can share these types without pulling server code into its
 * bundle.
 */

import type { DayPlanLoad } from "../../modules/bake-plan/bake-days"

export type FulfillmentType = "pickup" | "delivery"

/** How many of one product and variant Maya bakes for the day. */
export type BakeTotal = {
  product_title: string
  variant_title: string | null
  sku: string | null
  quantity: number
}

export type ProductionItem = {
  title: string
  variant_title: string | null
  quantity: number
  /** Text to pipe on the cake, exactly as the customer typed it. */
  inscription: string | null
}

export type ProductionOrder = {
  id: string
  display_id: number | null
  customer_name: string | null
  email: string | null
  phone: string | null
  items: ProductionItem[]
  /** Allergies and requests from checkout. */
  note: string | null
}

export type ProductionSlot = {
  /** ISO 8601 in the shop's time zone, like the store's slot listing. */
  start: string
  end: string
  type: FulfillmentType
  orders: ProductionOrder[]
}

/** One bake plan group on the day: what the kitchen planned, what orders took, what is left. */
export type BakePlanLoad = DayPlanLoad

export type ProductionSheet = {
  /** The bake day, "YYYY-MM-DD" in the shop's time zone. */
  date: string
  timezone: string
  /** Every bake plan group, planned / ordered / left for the day. */
  bake_plan: BakePlanLoad[]
  totals: BakeTotal[]
  slots: ProductionSlot[]
}
