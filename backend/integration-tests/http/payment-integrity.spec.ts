import { ContainerRegistrationKeys, Modules, PaymentWebhookEvents } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { describe, expect, it, vi } from "vitest"
import { reconcileCardPayments } from "../../src/jobs/reconcile-card-payments"
import { STRIPE_WEBHOOK_SECRET, useCardShop, useFakeStripe } from "../fixtures/card-shop"
import { postStripeWebhook, startCardCheckout, stripeSignature, type CardCheckout } from "../fixtures/fake-stripe"
import { setShelfStock } from "../fixtures/stock"

const stripe = useFakeStripe("automatic")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const card = useCardShop(api, getContainer)
    let customers = 0

    const fail = (promise: Promise<unknown>) =>
      promise.then(
        (response) => {
          throw new Error(`expected a failure, got ${(response as any).status}`)
        },
        (error: any) => error.response
      )

    // Every customer its own email, so no shop limit per customer is in play.
    const checkout = () =>
      startCardCheckout(api, card.shop, [{ variant_id: card.sourdough, quantity: 2 }], `card-${++customers}@example.com`)

    const signed = (payload: string) => ({ "stripe-signature": stripeSignature(payload, STRIPE_WEBHOOK_SECRET) })

    /** The job as the worker runs it, but for payments of any age. */
    const reconcile = () => reconcileCardPayments(getContainer(), 0)

    /** Runs `test` with the sourdough sold out (the browser's and the webhook's completions then refused), then restocks. */
    async function withSourdoughSoldOut(test: () => Promise<void>) {
      const shelf = { admin: card.admin, stock_location_id: card.shop.stock_location_id }
      await setShelfStock(api, getContainer(), shelf, card.sourdough, 0)
      try {
        await test()
      } finally {
        await setShelfStock(api, getContainer(), shelf, card.sourdough, 1000)
      }
    }

    const chargedCents = (paying: CardCheckout) => Math.round(paying.total * 100)

    describe("starting a card payment", () => {
      it("charges as the shop configured, whatever payment options the shopper's request carries", async () => {
        const paying = await checkout()
        const { data: cart } = await api.get(`/store/carts/${paying.cartId}?fields=payment_collection.id`, card.store)
        const { data } = await api.post(
          `/store/payment-collections/${cart.cart.payment_collection.id}/payment-sessions`,
          {
            provider_id: "pp_stripe_stripe",
            data: {
              capture_method: "manual",
              payment_method_options: { card: { request_three_d_secure: "any" } },
              metadata: { note: "free bread" },
            },
          },
          card.store
        )
        const intentId = data.payment_collection.payment_sessions[0].data.id
        const created = stripe.callsTo("POST", /^\/v1\/payment_intents$/).at(-1)!
        expect(created.body).toMatchObject({ capture_method: "automatic" })
        expect(created.body).not.toHaveProperty("payment_method_options")
        expect(created.body.metadata).toEqual({ session_id: data.payment_collection.payment_sessions[0].id })
        expect(stripe.intents.get(intentId)!.capture_method).toBe("automatic")

        await stripe.payWithCard(intentId)
        const { data: completed } = await api.post(`/store/carts/${paying.cartId}/complete`, {}, card.store)
        expect(completed.type).toBe("order")
        const [payment] = await card.paymentsOfCart(paying.cartId)
        expect(payment.captured_at).toEqual(expect.any(Date))
        expect(payment.captures.map((c: any) => c.amount)).toEqual([paying.total])
        expect(stripe.intents.get(intentId)!).toMatchObject({ status: "succeeded", amount_received: chargedCents(paying) })
      })
    })

    describe("Stripe's webhook, however its path is spelled", () => {
      it("refuses unsigned events on every spelling that reaches the Stripe provider, and accepts a signed one", async () => {
        const paying = await checkout()
        await stripe.payWithCard(paying.intentId)
        const payload = stripe.event("payment_intent.succeeded", paying.intentId)
        const baseUrl: string = (api as any).defaults.baseURL
        // fetch keeps the path byte for byte (axios would fold the double slash).
        const post = (path: string, headers: Record<string, string> = {}) =>
          fetch(`${baseUrl}${path}`, { method: "POST", body: payload, headers: { "content-type": "application/json", ...headers } })

        const emit = vi.spyOn(getContainer().resolve(Modules.EVENT_BUS), "emit")
        const queuedWebhooks = () =>
          emit.mock.calls.filter(([event]: any) => event.name === PaymentWebhookEvents.WebhookReceived).length
        try {
          for (const path of [
            "/hooks/payment/stripe_stripe",
            "/hooks/payment/stripe%5Fstripe",
            "/hooks/payment/stripe%5fstripe",
            "/hooks/payment/%73tripe_stripe",
            "/hooks/payment/STRIPE_STRIPE",
            "/hooks/payment/stripe_stripe/",
            "/HOOKS/PAYMENT/stripe_stripe",
          ]) {
            const response = await post(path)
            expect({ path, status: response.status }).toEqual({ path, status: 400 })
            expect((await response.json()).message).toMatch(/^Stripe webhook refused: .*Stripe-Signature header is missing/)
          }
          // A path Express does not route to Medusa's webhook at all never reaches the provider.
          for (const path of ["//hooks/payment/stripe_stripe", "/hooks//payment/stripe_stripe"]) {
            const response = await post(path)
            expect({ path, refused: response.status >= 400 }).toEqual({ path, refused: true })
          }
          expect(queuedWebhooks()).toBe(0)

          const accepted = await post("/hooks/payment/stripe%5Fstripe", signed(payload))
          expect(accepted.status).toBe(200)
          expect(queuedWebhooks()).toBe(1)
        } finally {
          emit.mockRestore()
        }
        await card.webhooksProcessed(1)
        expect(await card.ordersForCart(paying.cartId)).toHaveLength(1)
      })
    })

    describe("a card charged whose order could not be placed", () => {
      it("keeps the paid order in its slot when Maya blacks out the day before Stripe's webhook arrives, and the job leaves it", async () => {
        const paying = await checkout()
        const { data } = await api.get(`/store/carts/${paying.cartId}?fields=metadata`, card.store)
        const slot = data.cart.metadata.fulfillment_slot
        await stripe.payWithCard(paying.intentId)
        const { data: blackout } = await api.post(
          "/admin/bakery/schedule/blackout-dates",
          { date: slot.start.slice(0, 10), reason: "Oven repair" },
          card.admin
        )
        try {
          const payload = stripe.event("payment_intent.succeeded", paying.intentId)
          expect((await postStripeWebhook(api, payload, signed(payload))).status).toBe(200)
          await card.webhooksProcessed(1)
          await reconcile()

          const [orderId, ...others] = await card.ordersForCart(paying.cartId)
          expect(others).toEqual([])
          expect(card.placed).toEqual([orderId])
          const scheduling = getContainer().resolve("scheduling") as any
          const [booking] = await scheduling.listSlotBookings({ cart_id: paying.cartId })
          expect(booking).toMatchObject({ order_id: orderId, slot_start: new Date(slot.start) })
          expect(stripe.refundsOf(paying.intentId)).toEqual([])
          const [payment] = await card.paymentsOfCart(paying.cartId)
          expect(payment.refunds).toEqual([])
        } finally {
          await api.delete(`/admin/bakery/schedule/blackout-dates/${blackout.blackout_date.id}`, card.admin)
        }
      })

      it("refunds the card at Stripe when the stock is gone, places no order, and refuses a late completion", async () => {
        const paying = await checkout()
        await stripe.payWithCard(paying.intentId)
        await withSourdoughSoldOut(async () => {
          const refused = await fail(api.post(`/store/carts/${paying.cartId}/complete`, {}, card.store))
          expect(refused.status).toBe(400)
          expect(stripe.refundsOf(paying.intentId)).toEqual([])

          await reconcile()

          expect(stripe.refundsOf(paying.intentId)).toEqual([chargedCents(paying)])
          const [payment, ...otherPayments] = await card.paymentsOfCart(paying.cartId)
          expect(otherPayments).toEqual([])
          expect(payment.refunds.map((r: any) => r.amount)).toEqual([paying.total])
          expect(await card.ordersForCart(paying.cartId)).toEqual([])
        })

        // Restocked: Stripe's late webhook and the returning browser still place no order for refunded money.
        const payload = stripe.event("payment_intent.succeeded", paying.intentId)
        await postStripeWebhook(api, payload, signed(payload))
        await card.webhooksProcessed(1)
        const late = await fail(api.post(`/store/carts/${paying.cartId}/complete`, {}, card.store))
        expect(late.status).toBe(400)
        expect(late.data.message).toMatch(/your card payment was refunded/)
        await reconcile()
        expect(await card.ordersForCart(paying.cartId)).toEqual([])
        expect(card.placed).toEqual([])
        expect(stripe.refundsOf(paying.intentId)).toEqual([chargedCents(paying)])
      })

      it("resolves a cart once when the job runs twice at the same time: one refund, or one order", async () => {
        const soldOut = await checkout()
        await stripe.payWithCard(soldOut.intentId)
        await withSourdoughSoldOut(async () => {
          await fail(api.post(`/store/carts/${soldOut.cartId}/complete`, {}, card.store))
          const runs = await Promise.all([reconcile(), reconcile()])
          expect(runs.flat().filter((outcome) => outcome === "refunded")).toHaveLength(1)
        })
        expect(stripe.refundsOf(soldOut.intentId)).toEqual([chargedCents(soldOut)])
        expect(await card.ordersForCart(soldOut.cartId)).toEqual([])

        // Paid, but neither the browser nor Stripe's webhook ever came back.
        const abandoned = await checkout()
        await stripe.payWithCard(abandoned.intentId)
        const runs = await Promise.all([reconcile(), reconcile()])
        expect(runs.flat().filter((outcome) => outcome === "placed")).toHaveLength(1)
        const [orderId, ...others] = await card.ordersForCart(abandoned.cartId)
        expect(others).toEqual([])
        expect(card.placed).toEqual([orderId])
        const [payment] = await card.paymentsOfCart(abandoned.cartId)
        expect(payment.captures.map((c: any) => c.amount)).toEqual([abandoned.total])
        expect(stripe.refundsOf(abandoned.intentId)).toEqual([])
      })

      it("leaves a normal paid order and an unpaid checkout alone", async () => {
        const paid = await checkout()
        await stripe.payWithCard(paid.intentId)
        const { data } = await api.post(`/store/carts/${paid.cartId}/complete`, {}, card.store)
        const unpaid = await checkout()
        const callsBefore = stripe.calls.filter((call) => call.path.includes(paid.intentId)).length

        await reconcile()

        expect(await card.ordersForCart(paid.cartId)).toEqual([data.order.id])
        expect(card.placed).toEqual([data.order.id])
        expect(stripe.calls.filter((call) => call.path.includes(paid.intentId))).toHaveLength(callsBefore)
        const [payment] = await card.paymentsOfCart(paid.cartId)
        expect(payment).toMatchObject({ canceled_at: null, refunds: [] })
        expect(payment.captures.map((c: any) => c.amount)).toEqual([paid.total])

        expect(await card.ordersForCart(unpaid.cartId)).toEqual([])
        expect(await card.paymentsOfCart(unpaid.cartId)).toEqual([])
        expect(stripe.intents.get(unpaid.intentId)!.status).toBe("requires_payment_method")
      })
    })
  },
})
