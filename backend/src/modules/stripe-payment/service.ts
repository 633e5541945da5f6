import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"
import Stripe from "stripe"

export type StripePaymentOptions = StripeOptions & {
  /**
   * Base URL of a Stripe-compatible API, e.g. `http://localhost:12111`:
   * Stripe's local mock server (stripe-mock) or the fake server of our
   * integration tests. Unset in production, where the client talks to api.stripe.com.
   */
  apiHost?: string
}

/**
 * Medusa's Stripe card provider (`pp_stripe_stripe`), unchanged except that
 * its API client can be pointed at a local server: the stock provider builds
 * its own client with no way to change the host, so checkout could not be
 * tested without reaching Stripe.
 */
export default class StripePaymentService extends StripeProviderService {
  static validateOptions(options: StripePaymentOptions) {
    StripeProviderService.validateOptions(options)
    if (options.apiHost && !options.apiKey.startsWith("sk_test_")) {
      // A mock host with a live key would take real orders without charging anyone.
      throw new Error("STRIPE_API_HOST points Stripe at a local server; use it only with an sk_test_ key")
    }
  }

  constructor(cradle: Record<string, unknown>, options: StripePaymentOptions) {
    super(cradle, options)
    if (options.apiHost) {
      const url = new URL(options.apiHost)
      this.stripe_ = new Stripe(options.apiKey, {
        protocol: url.protocol === "https:" ? "https" : "http",
        host: url.hostname,
        port: url.port || (url.protocol === "https:" ? 443 : 80),
      })
    }
  }
}
