import { isEmail, isPhone, isZip, type FieldErrors } from "./forms"
import { formatMoney } from "@sweet-crumbs/bakery-rules/money"
import type { FulfillmentType } from "./medusa/types"

export interface DetailsForm {
  email: string
  phone: string
  first_name: string
  last_name: string
  fulfillment: string
  address_1: string
  address_2: string
  city: string
  postal_code: string
}

export interface DeliveryRules {
  zipCodes: string[]
  minimumOrder: number
  /** The cart's item subtotal, in major units. */
  itemSubtotal: number
}

/** Checks the details step the same way the backend will, so the customer hears about it at once. */
export function checkDetails(form: DetailsForm, rules: DeliveryRules): FieldErrors {
  const errors: FieldErrors = {}
  if (!isEmail(form.email)) errors.email = "Enter an email address like name@example.com, for your receipt."
  if (!isPhone(form.phone)) errors.phone = "Enter a phone number with area code, in case we need to reach you."
  if (!form.first_name.trim()) errors.first_name = "Enter your first name."
  if (!form.last_name.trim()) errors.last_name = "Enter your last name."
  if (form.fulfillment !== "pickup" && form.fulfillment !== "delivery") {
    errors.fulfillment = "Choose pickup or delivery."
    return errors
  }
  if (form.fulfillment === "delivery") {
    if (!form.address_1.trim()) errors.address_1 = "Enter the street address for delivery."
    if (!form.city.trim()) errors.city = "Enter the city."
    const zip = form.postal_code.trim()
    if (!isZip(zip)) errors.postal_code = "Enter a 5-digit ZIP code."
    else if (!isInDeliveryArea(zip, rules.zipCodes))
      errors.postal_code = `Sorry, we don't deliver to ${zip} yet. Choose pickup, or use an address in ${rules.zipCodes.join(", ")}.`
    if (rules.itemSubtotal < rules.minimumOrder)
      errors.fulfillment = `Delivery starts at ${formatMoney(rules.minimumOrder)} of bakes; your basket is ${formatMoney(rules.itemSubtotal)}. Add a little more, or choose pickup.`
  }
  return errors
}

export function isInDeliveryArea(zip: string, zipCodes: string[]): boolean {
  return zipCodes.includes(zip.trim().slice(0, 5))
}

export function isFulfillmentType(value: unknown): value is FulfillmentType {
  return value === "pickup" || value === "delivery"
}

export const ORDER_NOTE_MAX = 500
