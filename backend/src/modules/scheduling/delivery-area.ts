/**
 * Whether local delivery can take a cart: the bike only goes to Maya's ZIP
 * codes, and only for orders worth the ride. Pure, so the shipping-method
 * hook, the slot choice and the completion check all say the same thing.
 */
import { formatMoney } from "@sweet-crumbs/bakery-rules/money"

export type DeliveryArea = {
  delivery_zip_codes: string[]
  delivery_minimum_order: number
}

export type DeliveryCart = {
  postal_code?: string | null
  /** Item subtotal in major units (12.5 = $12.50). */
  item_subtotal: number
  currency_code: string
}

/** The five-digit ZIP of a US postal code ("11215-1234" → "11215"), or null. */
export function zipOf(postalCode?: string | null): string | null {
  const match = /^\s*(\d{5})(?:-\d{4})?\s*$/.exec(postalCode ?? "")
  return match ? match[1] : null
}

/** A customer-facing reason local delivery is refused, or null when it is fine. */
export function deliveryAreaProblem(area: DeliveryArea, cart: DeliveryCart): string | null {
  const zip = zipOf(cart.postal_code)
  if (!zip) {
    return "Please add your delivery address with its ZIP code first, so we can check that we deliver there."
  }
  if (!area.delivery_zip_codes.includes(zip)) {
    return `Sorry, we don't deliver to ${zip}. We deliver to ${area.delivery_zip_codes.join(", ")}; pickup at the shop is always available.`
  }
  if (cart.item_subtotal < area.delivery_minimum_order) {
    return `Local delivery needs an order of at least ${formatMoney(area.delivery_minimum_order, cart.currency_code)}; your items come to ${formatMoney(cart.item_subtotal, cart.currency_code)}. Add a treat or choose pickup.`
  }
  return null
}
