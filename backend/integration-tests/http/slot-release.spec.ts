import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import { SCHEDULING_MODULE } from "../../src/modules/scheduling"
import type SchedulingModuleService from "../../src/modules/scheduling/service"
import { ORDER_TOKEN_HEADER, signOrderToken } from "../../src/lib/order-access"
import { createAdminHeaders } from "../fixtures/admin"
import { placeOrder } from "../fixtures/checkout"
import { createShopFixture } from "../fixtures/shop"
import { ABANDONED_BOOKING_MINUTES, UNLINKED_BOOKING_MINUTES } from "../../src/jobs/release-abandoned-slot-bookings"
import { releaseAbandonedSlotBookingsWorkflow } from "../../src/workflows/release-abandoned-slot-bookings"

const ZONE = "America/New_York"
const EVERY_DAY = [{ open: "08:00", close: "20:00" }]
const OPEN_DAILY = { mon: EVERY_DAY, tue: EVERY_DAY, wed: EVERY_DAY, thu: EVERY_DAY, fri: EVERY_DAY, sat: EVERY_DAY, sun: EVERY_DAY }
const slotStart = DateTime.fromISO(`${DateTime.now().setZone(ZONE).plus({ days: 3 }).toISODate()}T10:00`, { zone: ZONE }).toISO()!

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("gives a canceled order's slot place back to other customers", async () => {
      const container = getContainer()
      const shop = await createShopFixture(container)
      const admin = await createAdminHeaders(container)
      await api.post("/admin/bakery/schedule", { timezone: ZONE, pickup_capacity: 1, same_day_cutoff: null, opening_hours: OPEN_DAILY }, admin)
      const { data } = await api.get("/store/products?handle=country-sourdough&fields=variants.id", {
        headers: { "x-publishable-api-key": shop.publishable_key },
      })
      const order = (email: string) =>
        placeOrder(api, shop, {
          customer: { email, first_name: "Ana", last_name: "Ruiz" },
          items: [{ variant_id: data.products[0].variants[0].id, quantity: 1 }],
          slot: { type: "pickup", start: slotStart },
        })

      const first = await order("first@example.com")
      const full = await order("second@example.com").catch((error: any) => error.response)
      expect(full.status).toBe(409)
      expect(full.data.message).toMatch(/is full/)

      await api.post(`/admin/orders/${first.id}/cancel`, {}, admin)
      const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
      for (let i = 0; i < 50 && (await scheduling.listSlotBookings({ order_id: first.id })).length; i++) {
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      expect(await scheduling.listSlotBookings({ order_id: first.id })).toEqual([])

      const third = await order("third@example.com")
      expect(third.display_id).toBeGreaterThan(first.display_id)
      expect(await scheduling.listSlotBookings({ order_id: third.id })).toHaveLength(1)

      // The store API's order carries its slot, for the confirmation page and the account.
      // Signed as the storefront signs for the browser that placed it (.env.test's ORDER_LINK_SECRET).
      const token = signOrderToken(third.id, new Date(Date.now() + 60_000), "test-order-link-secret")
      const { data: stored } = await api.get(`/store/orders/${third.id}?fields=id,+metadata,*slot_booking`, {
        headers: { "x-publishable-api-key": shop.publishable_key, [ORDER_TOKEN_HEADER]: token },
      })
      expect(stored.order.metadata.fulfillment_slot).toMatchObject({ type: "pickup" })
      expect(Date.parse(stored.order.metadata.fulfillment_slot.start)).toBe(Date.parse(slotStart))
      expect(stored.order.slot_booking).toMatchObject({ type: "pickup" })
    })

    it("gives back the place of a checkout that died before its order, and no other", async () => {
      const container = getContainer()
      const shop = await createShopFixture(container)
      const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const book = async (name: string) => {
        const { result: cart } = await createCartWorkflow(container).run({
          input: { region_id: shop.region_id, sales_channel_id: shop.sales_channel_id, email: `${name}@example.com` },
        })
        const start = new Date(slotStart)
        const [booking] = await scheduling.createSlotBookings([
          { cart_id: cart.id, type: "pickup", slot_start: start, slot_end: new Date(start.getTime() + 30 * 60_000) },
        ])
        return { cart_id: cart.id, booking_id: booking.id }
      }
      const age = (bookingId: string) =>
        pg.raw(`update slot_booking set created_at = now() - make_interval(mins => ?) where id = ?`, [ABANDONED_BOOKING_MINUTES + 5, bookingId])

      const abandoned = await book("abandoned")
      await age(abandoned.booking_id)
      // Still completing: booked a moment ago, no order yet.
      const completing = await book("completing")
      const ordered = await book("ordered")
      await age(ordered.booking_id)
      await scheduling.updateSlotBookings({ id: ordered.booking_id, order_id: "order_placed_long_ago" })
      // The cart completed but its order link is not written yet: never released.
      const completed = await book("completed")
      await age(completed.booking_id)
      await pg.raw(`update cart set completed_at = now() where id = ?`, [completed.cart_id])

      const { result } = await releaseAbandonedSlotBookingsWorkflow(container).run({
        input: { older_than_minutes: ABANDONED_BOOKING_MINUTES, link_after_minutes: UNLINKED_BOOKING_MINUTES },
      })
      expect(result).toEqual({ released: [abandoned.booking_id], linked: [] })
      const kept = await scheduling.listSlotBookings({}, { select: ["id"] })
      expect(kept.map((b) => b.id).sort()).toEqual([completing.booking_id, ordered.booking_id, completed.booking_id].sort())
      const { rows } = await pg.raw(`select deleted_at from slot_booking where id = ?`, [abandoned.booking_id])
      expect(rows[0].deleted_at).not.toBeNull()

      // A second run finds nothing left to give back.
      const { result: again } = await releaseAbandonedSlotBookingsWorkflow(container).run({
        input: { older_than_minutes: ABANDONED_BOOKING_MINUTES, link_after_minutes: UNLINKED_BOOKING_MINUTES },
      })
      expect(again).toEqual({ released: [], linked: [] })
    })
  },
})
