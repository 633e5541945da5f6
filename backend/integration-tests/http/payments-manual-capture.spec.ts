import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createAdminHeaders } from "../fixtures/admin"
import { processPaymentWorkflowId } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest"
import { loadShop } from "../../../seed/src/load-shop"
import { FakeStripe, postStripeWebhook, startCardCheckout, stripeSignature } from "../fixtures/fake-stripe"
import { fixtureCatalog } from "../fixtures/shop"

const WEBHOOK_SECRET = "whsec_sweet_crumbs_test"
const stripe = new FakeStripe()

// Read by medusa-config.ts when the runner boots the app (see payments.spec.ts).
beforeAll(async () => {
  Object.assign(process.env, {
    STRIPE_API_KEY: "sk_test_sweet_crumbs",
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_CAPTURE: "manual",
    STRIPE_API_HOST: await stripe.start(),
  })
})

afterAll(async () => {
  await stripe.stop()
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof loadShop>>
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    let sourdough: string
    let webhookRuns: { errors: unknown[] }[] = []

    beforeAll(async () => {
      const container = getContainer()
      shop = await loadShop(container, {
        catalog: fixtureCatalog,
        paymentProviders: ["pp_system_default", "pp_stripe_stripe"],
      })
      store = { headers: { "x-publishable-api-key": shop.publishable_key } }

      admin = await createAdminHeaders(container, "maya@sweetcrumbs.test")

      const { data } = await api.get("/store/products?handle=country-sourdough&fields=variants.id", store)
      sourdough = data.products[0].variants[0].id

      await container.resolve(Modules.WORKFLOW_ENGINE).subscribe({
        workflowId: processPaymentWorkflowId,
        subscriber: (event: any) => {
          if (event.eventType === "onFinish") {
            webhookRuns.push({ errors: event.errors ?? [] })
          }
        },
      })
    })

    beforeEach(() => {
      webhookRuns = []
    })

    const checkout = () => startCardCheckout(api, shop, [{ variant_id: sourdough, quantity: 2 }])

    async function deliver(type: string, intentId: string) {
      const payload = stripe.event(type, intentId)
      const response = await postStripeWebhook(api, payload, { "stripe-signature": stripeSignature(payload, WEBHOOK_SECRET) })
      expect(response.status).toBe(200)
    }

    async function webhooksProcessed(count: number) {
      await expect.poll(() => webhookRuns.length, { timeout: 30_000, interval: 250 }).toBe(count)
      expect(webhookRuns.flatMap((run) => run.errors)).toEqual([])
    }

    async function ordersForCart(cartId: string): Promise<string[]> {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return data.map((link: any) => link.order_id)
    }

    async function paymentOf(orderId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: [
          "payment_collections.payments.id",
          "payment_collections.payments.captured_at",
          "payment_collections.payments.canceled_at",
          "payment_collections.payments.captures.amount",
          "payment_collections.payments.refunds.amount",
        ],
        filters: { id: orderId },
      })
      const payments = (data[0].payment_collections ?? []).flatMap((collection: any) => collection.payments)
      expect(payments).toHaveLength(1)
      return payments[0]
    }

    it("places the order on Stripe's card hold, captures once from the admin and refunds at Stripe", async () => {
      const paying = await checkout()
      expect(stripe.intents.get(paying.intentId)!.capture_method).toBe("manual")
      await stripe.payWithCard(paying.intentId)

      // The browser never comes back; Stripe reports the hold, twice.
      await deliver("payment_intent.amount_capturable_updated", paying.intentId)
      await webhooksProcessed(1)
      await deliver("payment_intent.amount_capturable_updated", paying.intentId)
      await webhooksProcessed(2)

      const orders = await ordersForCart(paying.cartId)
      expect(orders).toHaveLength(1)
      const orderId = orders[0]
      const held = await paymentOf(orderId)
      expect(held).toMatchObject({ captured_at: null, captures: [] })
      expect(stripe.intents.get(paying.intentId)!.status).toBe("requires_capture")

      // Maya captures when the order is picked up.
      const { data } = await api.post(`/admin/payments/${held.id}/capture`, {}, admin)
      expect(data.payment.captures.map((c: any) => c.amount)).toEqual([paying.total])
      const captures = stripe.callsTo("POST", new RegExp(`^/v1/payment_intents/${paying.intentId}/capture$`))
      expect(captures).toHaveLength(1)
      expect(captures[0].idempotencyKey).toEqual(expect.any(String))
      expect(stripe.intents.get(paying.intentId)!).toMatchObject({
        status: "succeeded",
        amount_received: Math.round(paying.total * 100),
      })

      // Stripe then reports the capture; nothing is captured again.
      await deliver("payment_intent.succeeded", paying.intentId)
      await webhooksProcessed(3)
      const captured = await paymentOf(orderId)
      expect(captured.captured_at).toEqual(expect.any(Date))
      expect(captured.captures.map((c: any) => c.amount)).toEqual([paying.total])
      expect(stripe.callsTo("POST", new RegExp(`^/v1/payment_intents/${paying.intentId}/capture$`))).toHaveLength(1)
      expect(await ordersForCart(paying.cartId)).toEqual([orderId])

      await api.post(`/admin/payments/${held.id}/refund`, { amount: 5 }, admin)
      expect(stripe.refundsOf(paying.intentId)).toEqual([500])
      expect((await paymentOf(orderId)).refunds.map((r: any) => r.amount)).toEqual([5])
    })

    it("releases the card hold at Stripe when Maya cancels an order before capturing it", async () => {
      const paying = await checkout()
      await stripe.payWithCard(paying.intentId)
      const { data: placed } = await api.post(`/store/carts/${paying.cartId}/complete`, {}, store)
      expect(placed.type).toBe("order")
      expect((await paymentOf(placed.order.id)).captured_at).toBeNull()

      await api.post(`/admin/orders/${placed.order.id}/cancel`, {}, admin)

      expect(stripe.callsTo("POST", new RegExp(`^/v1/payment_intents/${paying.intentId}/cancel$`))).toHaveLength(1)
      expect(stripe.intents.get(paying.intentId)!.status).toBe("canceled")
      expect(stripe.refundsOf(paying.intentId)).toEqual([])
      const payment = await paymentOf(placed.order.id)
      expect(payment).toMatchObject({ canceled_at: expect.any(Date), captures: [], refunds: [] })
      const { data } = await api.get(`/admin/orders/${placed.order.id}?fields=status,payment_status`, admin)
      expect(data.order).toMatchObject({ status: "canceled", payment_status: "canceled" })
    })
  },
})
