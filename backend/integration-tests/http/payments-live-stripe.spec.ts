import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAdminHeaders } from "../fixtures/admin"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import Stripe from "stripe"
import { beforeAll, describe, expect, it } from "vitest"
import { loadShop } from "../../../seed/src/load-shop"
import { startCardCheckout } from "../fixtures/fake-stripe"
import { fixtureCatalog } from "../fixtures/shop"

/**
 * The one test that talks to Stripe itself (test mode): a full card checkout
 * and a refund. It runs only with a test key, e.g.
 * `STRIPE_API_KEY=sk_test_… npx vitest run --project integration payments-live-stripe`.
 */
const apiKey = process.env.STRIPE_API_KEY ?? ""
const live = apiKey.startsWith("sk_test_")
if (!live) {
  console.warn("Skipping live Stripe test: STRIPE_API_KEY (sk_test_…) is not set")
}

describe.skipIf(!live)("card checkout against Stripe test mode", () => {
  // Runs before the runner below boots the app and reads medusa-config.ts.
  beforeAll(() => {
    delete process.env.STRIPE_API_HOST
    process.env.STRIPE_CAPTURE = "automatic"
  })

  medusaIntegrationTestRunner({
    testSuite: ({ api, getContainer }) => {
      const stripe = new Stripe(apiKey)
      let shop: Awaited<ReturnType<typeof loadShop>>
      let admin: { headers: Record<string, string> }
      let sourdough: string

      beforeAll(async () => {
        const container = getContainer()
        shop = await loadShop(container, {
          catalog: fixtureCatalog,
          paymentProviders: ["pp_system_default", "pp_stripe_stripe"],
        })
        admin = await createAdminHeaders(container, "maya@sweetcrumbs.test")
        const { data } = await api.get("/store/products?handle=country-sourdough&fields=variants.id", {
          headers: { "x-publishable-api-key": shop.publishable_key },
        })
        sourdough = data.products[0].variants[0].id
      })

      it("pays with Stripe's test Visa, places the order and refunds at Stripe", async () => {
        const paying = await startCardCheckout(api, shop, [{ variant_id: sourdough, quantity: 2 }])
        const cents = Math.round(paying.total * 100)
        expect(paying.clientSecret).toMatch(new RegExp(`^${paying.intentId}_secret_`))
        expect(await stripe.paymentIntents.retrieve(paying.intentId)).toMatchObject({
          amount: cents,
          currency: "usd",
          capture_method: "automatic",
          metadata: { session_id: paying.sessionId },
        })

        // What Stripe.js does in the browser; a return URL is required when redirecting methods are enabled.
        const confirmed = await stripe.paymentIntents.confirm(paying.intentId, {
          payment_method: "pm_card_visa",
          return_url: "https://sweetcrumbs.example/checkout",
        })
        expect(confirmed.status).toBe("succeeded")

        const { data: placed } = await api.post(`/store/carts/${paying.cartId}/complete`, {}, {
          headers: { "x-publishable-api-key": shop.publishable_key },
        })
        expect(placed.type).toBe("order")
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "order",
          fields: ["payment_collections.payments.id", "payment_collections.payments.captures.amount"],
          filters: { id: placed.order.id },
        })
        const [payment] = (data[0].payment_collections ?? []).flatMap((collection: any) => collection.payments)
        expect(payment.captures.map((c: any) => c.amount)).toEqual([paying.total])

        await api.post(`/admin/payments/${payment.id}/refund`, { amount: 1 }, admin)
        const refunds = await stripe.refunds.list({ payment_intent: paying.intentId })
        expect(refunds.data.map((refund) => refund.amount)).toEqual([100])
      })
    },
  })
})
