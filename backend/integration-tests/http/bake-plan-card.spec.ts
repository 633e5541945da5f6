import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import { beforeAll, expect, it } from "vitest"
import { BAKE_PLAN_MODULE } from "../../src/modules/bake-plan"
import type BakePlanModuleService from "../../src/modules/bake-plan/service"
import { useCardShop, useFakeStripe } from "../fixtures/card-shop"
import { startCardCheckout } from "../fixtures/fake-stripe"
import { placeOrder } from "../fixtures/checkout"
import { fixtureCatalog } from "../fixtures/shop"

const ZONE = "America/New_York"
const EVERY_DAY = [{ open: "08:00", close: "20:00" }]
const OPEN_DAILY = { mon: EVERY_DAY, tue: EVERY_DAY, wed: EVERY_DAY, thu: EVERY_DAY, fri: EVERY_DAY, sat: EVERY_DAY, sun: EVERY_DAY }
const TWO_A_DAY = { mon: 2, tue: 2, wed: 2, thu: 2, fri: 2, sat: 2, sun: 2 }

const stripe = useFakeStripe("automatic")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const card = useCardShop(api, getContainer)

    beforeAll(async () => {
      await api.post("/admin/bakery/schedule", { timezone: ZONE, pickup_capacity: 50, same_day_cutoff: null, opening_hours: OPEN_DAILY }, card.admin)
      await api.post(
        "/admin/bakery/bake-plan/groups",
        { name: "Sourdough", unit: "loaves", weekday_quantities: TWO_A_DAY, items: [{ variant_id: card.sourdough, units: 1 }] },
        card.admin
      )
    })

    it("keeps the order of a card charged before the day's plan filled up, beyond the plan and named on Maya's sheet", async () => {
      // Two loaves are left when the card customer chooses the day and starts paying.
      const paying = await startCardCheckout(api, card.shop, [{ variant_id: card.sourdough, quantity: 2 }], "card@example.com")
      const { data } = await api.get(`/store/carts/${paying.cartId}?fields=metadata`, card.store)
      const slot = data.cart.metadata.fulfillment_slot
      const day = DateTime.fromISO(slot.start).setZone(ZONE).toISODate()

      // Meanwhile someone paying at pickup takes one of them.
      const other = await placeOrder(api, { ...card.shop, catalog: fixtureCatalog }, {
        customer: { email: "sam@example.com", first_name: "Sam", last_name: "Lee", phone: "7185550101" },
        items: [{ variant_id: card.sourdough, quantity: 1 }],
        slot: { type: "pickup", start: slot.start },
      })

      // The card was charged for two: the order is placed rather than leave the customer charged and orderless.
      await stripe.payWithCard(paying.intentId)
      const { data: completed } = await api.post(`/store/carts/${paying.cartId}/complete`, {}, card.store)
      expect(completed.type).toBe("order")

      const bakePlan: BakePlanModuleService = getContainer().resolve(BAKE_PLAN_MODULE)
      const [booking] = await bakePlan.listBakePlanBookings({ cart_id: paying.cartId })
      expect(booking).toMatchObject({ date: day, units: 2, over_plan: true, order_id: completed.order.id })
      const { data: sheet } = await api.get(`/admin/bakery/production?date=${day}`, card.admin)
      expect(sheet.production_sheet.bake_plan).toEqual([
        expect.objectContaining({ name: "Sourdough", planned: 2, ordered: 3, pending: 0, left: -1, over_plan_orders: [completed.order.display_id] }),
      ])
      expect(await card.ordersForCart(paying.cartId)).toEqual([completed.order.id])
      expect(other.id).not.toBe(completed.order.id)
    })
  },
})
