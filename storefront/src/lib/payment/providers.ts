import { CARD_PROVIDER, PAYMENT_PROVIDERS, type PaymentProviderId } from "@sweet-crumbs/bakery-rules/payment-providers"

/** Which checkout component collects the payment: nothing to collect for pay at pickup. */
export type PaymentComponent = "pay-at-pickup" | "stripe-payment-element"

/**
 * The providers to offer: those the region has and we can render. Card
 * payment also needs the storefront's Stripe publishable key; without it no
 * Stripe code is loaded at all.
 */
export function offeredPaymentProviders(
  regionProviderIds: readonly string[],
  stripePublishableKey: string | null | undefined
): PaymentProviderId[] {
  return PAYMENT_PROVIDERS.filter(
    (id) => regionProviderIds.includes(id) && (id !== CARD_PROVIDER || !!stripePublishableKey)
  )
}

/** The component for the chosen provider; anything we cannot render safely falls back to pay at pickup. */
export function paymentComponentFor(
  providerId: string | null | undefined,
  stripePublishableKey: string | null | undefined
): PaymentComponent {
  return providerId === CARD_PROVIDER && stripePublishableKey ? "stripe-payment-element" : "pay-at-pickup"
}
