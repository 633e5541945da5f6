import { CARD_PROVIDER, PAY_AT_PICKUP_PROVIDER } from "@sweet-crumbs/bakery-rules/payment-providers"
import PayAtPickup from "./PayAtPickup.astro"
import StripePaymentElement from "./StripePaymentElement.astro"

/**
 * One component per payment provider id: the review step renders whichever the customer chose.
 * Adding a provider means adding its component here and its id to PAYMENT_PROVIDERS (@sweet-crumbs/bakery-rules/payment-providers).
 */
const PAYMENT_LABELS: Record<string, string> = {
  [CARD_PROVIDER]: "Card (secure payment by Stripe)",
}

/** How a provider reads to the customer; "pay at pickup" becomes "pay on delivery" for deliveries. */
export function paymentLabel(providerId: string, fulfillment: "pickup" | "delivery" | null): string {
  if (providerId === PAY_AT_PICKUP_PROVIDER) return fulfillment === "delivery" ? "Pay on delivery" : "Pay at pickup"
  return PAYMENT_LABELS[providerId] ?? providerId
}

export { PayAtPickup, StripePaymentElement }
