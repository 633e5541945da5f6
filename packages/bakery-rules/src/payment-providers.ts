/**
 * Medusa's ids of the shop's payment providers. Medusa's system provider is
 * our "pay at pickup": nothing is charged before the order exists. Cards go
 * through Stripe (the backend's stripe-payment module).
 */
export const PAY_AT_PICKUP_PROVIDER = "pp_system_default"
export const CARD_PROVIDER = "pp_stripe_stripe"

/** Every provider the shop can offer, in the order the checkout offers them. */
export const PAYMENT_PROVIDERS = [PAY_AT_PICKUP_PROVIDER, CARD_PROVIDER] as const
export type PaymentProviderId = (typeof PAYMENT_PROVIDERS)[number]
