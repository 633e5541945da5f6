import PayAtPickup from "./PayAtPickup.astro"
import StripePaymentElement from "./StripePaymentElement.astro"

/**
 * One component per payment provider id: the review step renders whichever the customer chose.
 * Adding a provider means adding its component here and its id to PAYMENT_PROVIDERS (lib/payment/providers.ts).
 */
const PAYMENT_LABELS: Record<string, string> = {
  pp_stripe_stripe: "Card (secure payment by Stripe)",
}

/** How a provider reads to the customer; "pay at pickup" becomes "pay on delivery" for deliveries. */
export function paymentLabel(providerId: string, fulfillment: "pickup" | "delivery" | null): string {
  if (providerId === "pp_system_default") return fulfillment === "delivery" ? "Pay on delivery" : "Pay at pickup"
  return PAYMENT_LABELS[providerId] ?? providerId
}

export { PayAtPickup, StripePaymentElement }
