import type { HttpTypes } from "@medusajs/types"
import type { Allergen, DietaryTag } from "@sweet-crumbs/bakery-rules/allergens"
import type { Weekday } from "@sweet-crumbs/bakery-rules/weekdays"

/** Our own backend route contracts, typed once and shared by every lib module. */

/** `product.bakery_profile`, requested with `fields=+bakery_profile.*`. */
export interface BakeryProfile {
  allergens_contains: Allergen[]
  allergens_may_contain: Allergen[]
  dietary_tags: DietaryTag[]
  lead_time_hours: number
  inscription_max_length: number | null
  updated_at?: string
}

export type BakeryProduct = HttpTypes.StoreProduct & {
  bakery_profile?: BakeryProfile | null
}

export type FulfillmentType = "pickup" | "delivery"

export interface FulfillmentSlot {
  start: string
  end: string
  type: FulfillmentType
  remaining: number
}

export interface ClosedDay {
  date: string
  reason: string
}

/** `GET /store/carts/:id/fulfillment-slots` */
export interface FulfillmentSlotsResponse {
  slots: FulfillmentSlot[]
  closed_days: ClosedDay[]
}

/** What `cart.metadata.fulfillment_slot` holds once a slot is chosen. */
export interface ChosenSlot {
  type: FulfillmentType
  start: string
  end?: string
}

/** Opening intervals per weekday, "HH:MM" in the shop's timezone; an empty list means closed. */
export type OpeningHours = Partial<Record<Weekday, { open: string; close: string }[]>>

/** The shop's street address, when the settings route carries it. */
export interface ShopAddress {
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
}

/** `GET /store/bakery/settings` — only the fields the storefront reads. */
export interface BakerySettings {
  timezone: string
  opening_hours: OpeningHours
  delivery_zip_codes: string[]
  delivery_minimum_order: number
  slot_minutes?: number
  booking_horizon_days?: number
  address?: ShopAddress | null
  phone?: string | null
  email?: string | null
}

export type BakeryCart = HttpTypes.StoreCart & {
  metadata?: (Record<string, unknown> & { fulfillment_slot?: ChosenSlot; order_note?: string }) | null
}
