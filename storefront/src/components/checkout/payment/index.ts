import PayAtPickup from "./PayAtPickup.astro"
import StripePaymentElement from "./StripePaymentElement.astro"

/**
 * One component per payment provider id: the review step renders whichever the customer chose.
 * Adding a provider means adding its component here and its id to PAYMENT_PROVIDERS.
 */
export const PAYMENT_LABELS: Record<string, string> = {
  pp_system_default: "Pay at pickup",
  pp_stripe_stripe: "Card (secure payment by Stripe)",
}

export { PayAtPickup, StripePaymentElement }
