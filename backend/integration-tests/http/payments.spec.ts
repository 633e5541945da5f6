import { ContainerRegistrationKeys, Modules, PaymentWebhookEvents } from "@medusajs/framework/utils"
import { createAdminHeaders } from "../fixtures/admin"
import { processPaymentWorkflowId } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest"
import { loadShop } from "../../../seed/src/load-shop"
import { FakeStripe, postStripeWebhook, startCardCheckout, stripeSignature, type CardCheckout } from "../fixtures/fake-stripe"
import { placeOrder } from "../fixtures/checkout"
import { fixtureCatalog } from "../fixtures/shop"

const WEBHOOK_SECRET = "whsec_sweet_crumbs_test"
const stripe = new FakeStripe()

// medusa-config.ts is read before the runner applies its `env` option, so
// Stripe's settings go into process.env in a file-level hook that vitest runs
// before the runner's own beforeAll boots the app.
beforeAll(async () => {
  Object.assign(process.env, {
    STRIPE_API_KEY: "sk_test_sweet_crumbs",
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_CAPTURE: "automatic",
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
    /** Orders placed (the event that sends the confirmation emails) and finished webhook runs, per test. */
    let placed: string[] = []
    let webhookRuns: { errors: unknown[] }[] = []

    const fail = (promise: Promise<unknown>) =>
      promise.then(
        (response) => {
          throw new Error(`expected a failure, got ${(response as any).status}`)
        },
        (error: any) => error.response
      )

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

      container.resolve(Modules.EVENT_BUS).subscribe("order.placed", async (event: any) => {
        placed.push(event.data.id)
      })
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
      placed = []
      webhookRuns = []
    })

    const checkout = () => startCardCheckout(api, shop, [{ variant_id: sourdough, quantity: 2 }])

    const payInBrowser = ({ intentId }: CardCheckout) => stripe.payWithCard(intentId)
    const sendWebhook = (payload: string, headers: Record<string, string>) => postStripeWebhook(api, payload, headers)

    /** Waits until Medusa has processed `count` webhooks in this test (it does so 5 s after accepting one). */
    async function webhooksProcessed(count: number) {
      await expect.poll(() => webhookRuns.length, { timeout: 30_000, interval: 250 }).toBe(count)
      expect(webhookRuns.flatMap((run) => run.errors)).toEqual([])
    }

    async function ordersForCart(cartId: string): Promise<string[]> {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return data.map((link: any) => link.order_id)
    }

    async function paymentsOf(orderId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: [
          "payment_collections.status",
          "payment_collections.payments.id",
          "payment_collections.payments.provider_id",
          "payment_collections.payments.amount",
          "payment_collections.payments.captured_at",
          "payment_collections.payments.captures.amount",
          "payment_collections.payments.refunds.amount",
        ],
        filters: { id: orderId },
      })
      return (data[0].payment_collections ?? []).flatMap((collection: any) => collection.payments)
    }

    describe("starting a card payment", () => {
      it("creates a PaymentIntent at Stripe for the cart total in cents, tied to the payment session", async () => {
        const paying = await checkout()

        const intent = stripe.intents.get(paying.intentId)!
        expect(paying.clientSecret).toBe(`${paying.intentId}_secret_fake`)
        expect(intent).toMatchObject({
          amount: Math.round(paying.total * 100),
          currency: "usd",
          capture_method: "automatic",
          metadata: { session_id: paying.sessionId },
        })
        expect(stripe.callsTo("POST", /^\/v1\/payment_intents$/).at(-1)!.idempotencyKey).toBe(paying.sessionId)
      })

      it("cancels PaymentIntents Medusa no longer uses: after a cart change and when switching to pay at pickup", async () => {
        const paying = await checkout()
        const collection = async () =>
          (await api.get(`/store/carts/${paying.cartId}?fields=total,payment_collection.id,payment_collection.payment_sessions.*`, store)).data.cart

        // Another loaf after the card step: the old amount must never be charged.
        await api.post(`/store/carts/${paying.cartId}/line-items`, { variant_id: sourdough, quantity: 1 }, store)
        expect(stripe.intents.get(paying.intentId)!.status).toBe("canceled")
        const changed = await collection()
        expect(changed.payment_collection.payment_sessions).toEqual([])

        const { data } = await api.post(
          `/store/payment-collections/${changed.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_stripe_stripe" },
          store
        )
        const renewed = data.payment_collection.payment_sessions[0]
        expect(renewed.data.id).not.toBe(paying.intentId)
        expect(stripe.intents.get(renewed.data.id)!.amount).toBe(Math.round(changed.total * 100))

        await api.post(
          `/store/payment-collections/${changed.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          store
        )
        expect(stripe.intents.get(renewed.data.id)!.status).toBe("canceled")
        expect((await collection()).payment_collection.payment_sessions.map((s: any) => s.provider_id)).toEqual([
          "pp_system_default",
        ])
      })
    })

    describe("Stripe's webhook", () => {
      it("turns a paid cart into exactly one order when the browser never comes back, however often Stripe repeats it", async () => {
        const paying = await checkout()
        await payInBrowser(paying)
        const payload = stripe.event("payment_intent.succeeded", paying.intentId)
        const signature = stripeSignature(payload, WEBHOOK_SECRET)

        expect((await sendWebhook(payload, { "stripe-signature": signature })).status).toBe(200)
        await webhooksProcessed(1)

        const [orderId, ...others] = await ordersForCart(paying.cartId)
        expect(others).toEqual([])
        expect(placed).toEqual([orderId])
        const [payment, ...otherPayments] = await paymentsOf(orderId)
        expect(otherPayments).toEqual([])
        expect(payment).toMatchObject({ provider_id: "pp_stripe_stripe", amount: paying.total, captured_at: expect.any(Date) })
        expect(payment.captures.map((c: any) => c.amount)).toEqual([paying.total])
        // Stripe captured the card itself; Medusa only records it.
        expect(stripe.callsTo("POST", /\/capture$/)).toEqual([])

        // The same request again (a replay), then Stripe's own retry of the event, signed anew.
        await sendWebhook(payload, { "stripe-signature": signature })
        await sendWebhook(payload, { "stripe-signature": stripeSignature(payload, WEBHOOK_SECRET, 60) })
        await webhooksProcessed(3)

        expect(await ordersForCart(paying.cartId)).toEqual([orderId])
        expect(placed).toEqual([orderId])
        const [again] = await paymentsOf(orderId)
        expect(again.captures).toHaveLength(1)
        expect(stripe.callsTo("POST", /\/capture$/)).toEqual([])

        // The customer's browser comes back after all and completes: same order.
        const { data } = await api.post(`/store/carts/${paying.cartId}/complete`, {}, store)
        expect(data).toMatchObject({ type: "order", order: { id: orderId } })
        expect(await ordersForCart(paying.cartId)).toEqual([orderId])
        expect(placed).toEqual([orderId])
      })

      it("keeps the slot of a card payment taken before the slot filled up, rather than leave the customer charged without an order", async () => {
        const paying = await checkout()
        const { data } = await api.get(`/store/carts/${paying.cartId}?fields=metadata`, store)
        const slot = data.cart.metadata.fulfillment_slot
        const { data: schedule } = await api.get("/admin/bakery/schedule", admin)
        await api.post("/admin/bakery/schedule", { pickup_capacity: 1 }, admin)
        try {
          // While the card customer is paying, someone paying at pickup takes the last place.
          const other = await placeOrder(api, { ...shop, catalog: fixtureCatalog }, {
            customer: { email: "sam@example.com", first_name: "Sam", last_name: "Lee" },
            items: [{ variant_id: sourdough, quantity: 1 }],
            slot: { type: "pickup", start: slot.start },
          })
          // A pay-at-pickup cart is now refused that time...
          const late = await fail(
            placeOrder(api, { ...shop, catalog: fixtureCatalog }, {
              customer: { email: "kim@example.com", first_name: "Kim", last_name: "Park" },
              items: [{ variant_id: sourdough, quantity: 1 }],
              slot: { type: "pickup", start: slot.start },
            })
          )
          expect(late.status).toBe(409)

          // ...but the card was charged, so Stripe's webhook still turns that cart into an order in its slot.
          await payInBrowser(paying)
          const payload = stripe.event("payment_intent.succeeded", paying.intentId)
          expect((await sendWebhook(payload, { "stripe-signature": stripeSignature(payload, WEBHOOK_SECRET) })).status).toBe(200)
          await webhooksProcessed(1)
          const [orderId, ...others] = await ordersForCart(paying.cartId)
          expect(others).toEqual([])
          expect(orderId).toEqual(expect.any(String))

          const scheduling = getContainer().resolve("scheduling") as any
          const bookings = await scheduling.listSlotBookings({ type: "pickup", slot_start: new Date(slot.start) })
          expect(bookings.map((b: any) => b.order_id).sort()).toEqual([other.id, orderId].sort())
        } finally {
          await api.post("/admin/bakery/schedule", { pickup_capacity: schedule.settings.pickup_capacity }, admin)
        }
      })

      it("leaves the order the browser placed alone when the webhook arrives afterwards", async () => {
        const paying = await checkout()
        await payInBrowser(paying)
        const { data } = await api.post(`/store/carts/${paying.cartId}/complete`, {}, store)
        expect(data.type).toBe("order")

        const payload = stripe.event("payment_intent.succeeded", paying.intentId)
        await sendWebhook(payload, { "stripe-signature": stripeSignature(payload, WEBHOOK_SECRET) })
        await webhooksProcessed(1)

        expect(await ordersForCart(paying.cartId)).toEqual([data.order.id])
        expect(placed).toEqual([data.order.id])
        const [payment] = await paymentsOf(data.order.id)
        expect(payment.captures.map((c: any) => c.amount)).toEqual([paying.total])
      })

      it("refuses tampered, unsigned, wrongly signed and stale events with 400 and queues nothing", async () => {
        const paying = await checkout()
        await payInBrowser(paying)
        const payload = stripe.event("payment_intent.succeeded", paying.intentId)
        const intent = stripe.intents.get(paying.intentId)!
        const tampered = payload.replace(`"amount_received":${intent.amount}`, `"amount_received":1`)
        expect(tampered).not.toBe(payload)

        const emit = vi.spyOn(getContainer().resolve(Modules.EVENT_BUS), "emit")
        const queuedWebhooks = () =>
          emit.mock.calls.filter(([event]: any) => event.name === PaymentWebhookEvents.WebhookReceived).length
        try {
          const refusals: [string, Record<string, string>, RegExp][] = [
            [tampered, { "stripe-signature": stripeSignature(payload, WEBHOOK_SECRET) }, /No signatures found matching the expected signature/],
            [payload, {}, /Stripe-Signature header is missing/],
            [payload, { "stripe-signature": stripeSignature(payload, "whsec_someone_else") }, /No signatures found matching/],
            [payload, { "stripe-signature": stripeSignature(payload, WEBHOOK_SECRET, 301) }, /Timestamp outside the tolerance zone/],
            [payload, { "stripe-signature": "not-a-signature" }, /Unable to extract timestamp and signatures from header/],
          ]
          for (const [body, headers, message] of refusals) {
            const response = await fail(sendWebhook(body, headers))
            expect(response.status).toBe(400)
            expect(response.data.message).toMatch(/^Stripe webhook refused: /)
            expect(response.data.message).toMatch(message)
          }
          expect(queuedWebhooks()).toBe(0)
          const { data } = await api.get(`/store/carts/${paying.cartId}?fields=completed_at`, store)
          expect(data.cart.completed_at).toBeNull()

          // Signed a little under five minutes ago is still Stripe's own delivery: it is queued and places the order.
          await sendWebhook(payload, { "stripe-signature": stripeSignature(payload, WEBHOOK_SECRET, 240) })
          expect(queuedWebhooks()).toBe(1)
        } finally {
          emit.mockRestore()
        }
        await webhooksProcessed(1)
        expect(await ordersForCart(paying.cartId)).toHaveLength(1)
      })
    })

    describe("refunds and cancellations from the admin", () => {
      it("refunds part of a card payment, then the rest when Maya cancels the order, at Stripe", async () => {
        const paying = await checkout()
        await payInBrowser(paying)
        const { data: placedOrder } = await api.post(`/store/carts/${paying.cartId}/complete`, {}, store)
        const orderId = placedOrder.order.id
        const [payment] = await paymentsOf(orderId)
        const cents = Math.round(paying.total * 100)

        // A loaf came out burnt: $5.00 back.
        const { data: refunded } = await api.post(`/admin/payments/${payment.id}/refund`, { amount: 5 }, admin)
        expect(refunded.payment.refunds.map((r: any) => r.amount)).toEqual([5])
        expect(stripe.refundsOf(paying.intentId)).toEqual([500])

        // More than what is left is refused by Medusa before Stripe is asked.
        const tooMuch = await fail(api.post(`/admin/payments/${payment.id}/refund`, { amount: paying.total }, admin))
        expect(tooMuch.status).toBe(400)
        expect(stripe.refundsOf(paying.intentId)).toEqual([500])

        await api.post(`/admin/orders/${orderId}/cancel`, {}, admin)

        expect(stripe.refundsOf(paying.intentId)).toEqual([500, cents - 500])
        const [after] = await paymentsOf(orderId)
        expect(after.refunds.map((r: any) => r.amount).sort()).toEqual([5, paying.total - 5].sort())
        const { data } = await api.get(`/admin/orders/${orderId}?fields=status,payment_status`, admin)
        expect(data.order).toMatchObject({ status: "canceled", payment_status: "refunded" })
        // Each refund went to Stripe once, keyed by Medusa's refund id so a retry cannot refund twice.
        const keys = stripe.callsTo("POST", /^\/v1\/refunds$/).map((call) => call.idempotencyKey)
        expect(new Set(keys).size).toBe(2)
      })
    })
  },
})
