import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Medusa hands a payment session's `data` from the request straight to the
 * provider, where Stripe's reads it as PaymentIntent options (capture_method,
 * payment_method_options, confirm, metadata…). How a card is charged is the
 * shop's setting (STRIPE_CAPTURE), and the storefront never sends `data`, so
 * it is dropped here rather than refused: the session starts as configured.
 */
export function ignoreShopperPaymentOptions(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as Record<string, unknown> | undefined
  if (body && typeof body === "object") {
    delete body.data
  }
  next()
}
