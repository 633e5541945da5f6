import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { expect, it } from "vitest"
import { reconcileCardPayments } from "../../src/jobs/reconcile-card-payments"
import { STRIPE_WEBHOOK_SECRET, useCardShop, useFakeStripe } from "../fixtures/card-shop"
import { postStripeWebhook, startCardCheckout, stripeSignature } from "../fixtures/fake-stripe"
import { setShelfStock } from "../fixtures/stock"

const stripe = useFakeStripe("manual")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const card = useCardShop(api, getContainer)

    const checkout = () => startCardCheckout(api, card.shop, [{ variant_id: card.sourdough, quantity: 2 }])

    async function deliver(type: string, intentId: string) {
      const payload = stripe.event(type, intentId)
      const response = await postStripeWebhook(api, payload, { "stripe-signature": stripeSignature(payload, STRIPE_WEBHOOK_SECRET) })
      expect(response.status).toBe(200)
    }

    async function webhooksProcessed(count: number) {
      await card.webhooksProcessed(count)
      expect(card.webhookRuns.flatMap((run) => run.errors)).toEqual([])
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

      const orders = await card.ordersForCart(paying.cartId)
      expect(orders).toHaveLength(1)
      const orderId = orders[0]
      const held = await paymentOf(orderId)
      expect(held).toMatchObject({ captured_at: null, captures: [] })
      expect(stripe.intents.get(paying.intentId)!.status).toBe("requires_capture")

      // Maya captures when the order is picked up.
      const { data } = await api.post(`/admin/payments/${held.id}/capture`, {}, card.admin)
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
      expect(await card.ordersForCart(paying.cartId)).toEqual([orderId])

      await api.post(`/admin/payments/${held.id}/refund`, { amount: 5 }, card.admin)
      expect(stripe.refundsOf(paying.intentId)).toEqual([500])
      expect((await paymentOf(orderId)).refunds.map((r: any) => r.amount)).toEqual([5])
    })

    it("releases the card hold at Stripe when Maya cancels an order before capturing it", async () => {
      const paying = await checkout()
      await stripe.payWithCard(paying.intentId)
      const { data: placed } = await api.post(`/store/carts/${paying.cartId}/complete`, {}, card.store)
      expect(placed.type).toBe("order")
      expect((await paymentOf(placed.order.id)).captured_at).toBeNull()

      await api.post(`/admin/orders/${placed.order.id}/cancel`, {}, card.admin)

      expect(stripe.callsTo("POST", new RegExp(`^/v1/payment_intents/${paying.intentId}/cancel$`))).toHaveLength(1)
      expect(stripe.intents.get(paying.intentId)!.status).toBe("canceled")
      expect(stripe.refundsOf(paying.intentId)).toEqual([])
      const payment = await paymentOf(placed.order.id)
      expect(payment).toMatchObject({ canceled_at: expect.any(Date), captures: [], refunds: [] })
      const { data } = await api.get(`/admin/orders/${placed.order.id}?fields=status,payment_status`, card.admin)
      expect(data.order).toMatchObject({ status: "canceled", payment_status: "canceled" })
    })

    it("holds the card as configured even when the shopper's request asks Stripe to capture at once", async () => {
      const paying = await checkout()
      const { data: cart } = await api.get(`/store/carts/${paying.cartId}?fields=payment_collection.id`, card.store)
      const { data } = await api.post(
        `/store/payment-collections/${cart.cart.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_stripe_stripe", data: { capture_method: "automatic" } },
        card.store
      )
      const intentId = data.payment_collection.payment_sessions[0].data.id
      expect(stripe.callsTo("POST", /^\/v1\/payment_intents$/).at(-1)!.body.capture_method).toBe("manual")

      await stripe.payWithCard(intentId)
      const { data: placed } = await api.post(`/store/carts/${paying.cartId}/complete`, {}, card.store)
      expect(placed.type).toBe("order")
      expect(await paymentOf(placed.order.id)).toMatchObject({ captured_at: null, captures: [] })
      expect(stripe.intents.get(intentId)!).toMatchObject({ status: "requires_capture", amount_received: 0 })
    })

    it("releases the card hold at Stripe when the stock is gone before the order could be placed", async () => {
      const paying = await checkout()
      await stripe.payWithCard(paying.intentId)
      const shelf = { admin: card.admin, stock_location_id: card.shop.stock_location_id }
      await setShelfStock(api, getContainer(), shelf, card.sourdough, 0)
      try {
        const refused = await api.post(`/store/carts/${paying.cartId}/complete`, {}, card.store).catch((error) => error.response)
        expect(refused.status).toBe(400)

        await reconcileCardPayments(getContainer(), 0)
      } finally {
        await setShelfStock(api, getContainer(), shelf, card.sourdough, 1000)
      }

      expect(stripe.callsTo("POST", new RegExp(`^/v1/payment_intents/${paying.intentId}/cancel$`))).toHaveLength(1)
      expect(stripe.intents.get(paying.intentId)!.status).toBe("canceled")
      expect(stripe.refundsOf(paying.intentId)).toEqual([])
      expect(await card.ordersForCart(paying.cartId)).toEqual([])
      expect(await card.paymentsOfCart(paying.cartId)).toEqual([
        expect.objectContaining({ canceled_at: expect.any(Date), captures: [] }),
      ])
    })
  },
})
