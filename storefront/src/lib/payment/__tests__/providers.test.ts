import { describe, expect, it } from "vitest"
import { offeredPaymentProviders, paymentComponentFor } from "../providers"

describe("payment providers offered at checkout", () => {
  it("offers only pay at pickup when the region has no Stripe", () => {
    expect(offeredPaymentProviders(["pp_system_default"], "pk_test_123")).toEqual(["pp_system_default"])
  })

  it("offers Stripe when the region has it and the storefront has a publishable key", () => {
    expect(offeredPaymentProviders(["pp_stripe_stripe", "pp_system_default"], "pk_test_123")).toEqual([
      "pp_system_default",
      "pp_stripe_stripe",
    ])
  })

  it("does not offer Stripe without the publishable key, nor providers it cannot render", () => {
    expect(offeredPaymentProviders(["pp_system_default", "pp_stripe_stripe"], undefined)).toEqual(["pp_system_default"])
    expect(offeredPaymentProviders(["pp_system_default", "pp_paypal_paypal"], "pk_test_123")).toEqual(["pp_system_default"])
  })
})

describe("payment component per provider", () => {
  it("renders Stripe's Payment Element for a Stripe session", () => {
    expect(paymentComponentFor("pp_stripe_stripe", "pk_test_123")).toBe("stripe-payment-element")
  })

  it("renders pay at pickup for the system provider, and whenever Stripe cannot load", () => {
    expect(paymentComponentFor("pp_system_default", "pk_test_123")).toBe("pay-at-pickup")
    expect(paymentComponentFor("pp_stripe_stripe", null)).toBe("pay-at-pickup")
    expect(paymentComponentFor(undefined, "pk_test_123")).toBe("pay-at-pickup")
  })
})
