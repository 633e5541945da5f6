import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAdminHeaders } from "../fixtures/admin"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import { beforeAll, describe, expect, it } from "vitest"
import { SCHEDULING_MODULE } from "../../src/modules/scheduling"
import type SchedulingModuleService from "../../src/modules/scheduling/service"
import { createOneUsePromotion } from "../fixtures/promotions"
import { createShopFixture } from "../fixtures/shop"

const ZONE = "America/New_York"
const EVERY_DAY = [{ open: "08:00", close: "20:00" }]

/** Test settings: open every day so the suite does not depend on the weekday it runs on. */
const testSchedule = {
  timezone: ZONE,
  slot_minutes: 30,
  pickup_capacity: 1,
  delivery_capacity: 3,
  same_day_cutoff: null,
  booking_horizon_days: 14,
  opening_hours: { mon: EVERY_DAY, tue: EVERY_DAY, wed: EVERY_DAY, thu: EVERY_DAY, fri: EVERY_DAY, sat: EVERY_DAY, sun: EVERY_DAY },
  delivery_zip_codes: ["11215", "11217"],
  delivery_minimum_order: 35,
}

const daysAhead = (days: number) => DateTime.now().setZone(ZONE).plus({ days }).toISODate()!
const at = (date: string, clock: string) => DateTime.fromISO(`${date}T${clock}`, { zone: ZONE }).toISO({ suppressMilliseconds: true })!

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof createShopFixture>>
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    let variants: Record<string, string>

    const fail = (promise: Promise<unknown>) => promise.then(
      (response) => { throw new Error(`expected a failure, got ${(response as any).status}`) },
      (error: any) => error.response
    )

    beforeAll(async () => {
      const container = getContainer()
      shop = await createShopFixture(container)
      store = { headers: { "x-publishable-api-key": shop.publishable_key } }

      admin = await createAdminHeaders(container, "maya@sweetcrumbs.test")

      const { data } = await api.get("/store/products?fields=handle,variants.id,variants.title&limit=50", store)
      variants = Object.fromEntries(
        data.products.map((p: any) => [p.handle, p.variants.find((v: any) => v.title === '8"')?.id ?? p.variants[0].id])
      )
      await api.post("/admin/bakery/schedule", testSchedule, admin)
    })

    let cartCount = 0
    async function createCart({
      items,
      zip,
      metadata,
    }: {
      items: Record<string, number>
      zip?: string
      metadata?: Record<string, unknown>
    }) {
      const { data } = await api.post(
        "/store/carts",
        {
          region_id: shop.region_id,
          // One customer per cart: the same email would meet the pay-at-pickup daily cap.
          email: `customer-${++cartCount}@example.com`,
          items: Object.entries(items).map(([handle, quantity]) => ({ variant_id: variants[handle], quantity })),
          ...(zip
            ? { shipping_address: { first_name: "Ana", last_name: "Ruiz", address_1: "1 Park Pl", city: "Brooklyn", country_code: "us", postal_code: zip } }
            : {}),
          ...(metadata ? { metadata } : {}),
        },
        store
      )
      return data.cart.id as string
    }

    /** Shipping method and pay-at-pickup payment session: everything completion needs but the slot. */
    async function prepareForCompletion(cartId: string, optionId = shop.pickup_option_id) {
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId }, store)
      const { data } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
      await api.post(
        `/store/payment-collections/${data.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        store
      )
    }

    const chooseSlot = (cartId: string, type: string, start: string) =>
      api.post(`/store/carts/${cartId}/fulfillment-slot`, { type, start }, store)

    const complete = (cartId: string) => api.post(`/store/carts/${cartId}/complete`, {}, store)

    const listSlots = async (cartId: string, qs: string) =>
      (await api.get(`/store/carts/${cartId}/fulfillment-slots?${qs}`, store)).data

    async function bookingsFor(cartIds: string[]) {
      const scheduling: SchedulingModuleService = getContainer().resolve(SCHEDULING_MODULE)
      return scheduling.listSlotBookings({ cart_id: cartIds })
    }

    describe("settings", () => {
      it("lets Maya read and change the schedule, and refuses nonsense", async () => {
        const { data } = await api.get("/admin/bakery/schedule", admin)
        expect(data.settings).toMatchObject({ ...testSchedule, id: expect.any(String) })

        const changed = await api.post("/admin/bakery/schedule", { delivery_minimum_order: 40.5 }, admin)
        expect(changed.data.settings).toMatchObject({ delivery_minimum_order: 40.5, pickup_capacity: 1 })

        const bad = await fail(
          api.post("/admin/bakery/schedule", { opening_hours: { ...testSchedule.opening_hours, mon: [{ open: "18:00", close: "07:00" }] } }, admin)
        )
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/Closing time must be after opening time/)
        expect((await fail(api.post("/admin/bakery/schedule", { timezone: "Mars/Olympus" }, admin))).status).toBe(400)
        expect((await fail(api.post("/admin/bakery/schedule", { delivery_zip_codes: ["1121"] }, admin))).status).toBe(400)
        expect((await fail(api.post("/admin/bakery/schedule", { pickup_capacity: 2 }))).status).toBe(401)

        await api.post("/admin/bakery/schedule", { delivery_minimum_order: 35 }, admin)
        const { data: after } = await api.get("/admin/bakery/schedule", admin)
        expect(after.settings.delivery_minimum_order).toBe(35)
      })

      it("publishes a customer-safe subset to the storefront", async () => {
        const { data } = await api.get("/store/bakery/settings", store)
        expect(data.settings).toMatchObject({
          timezone: ZONE,
          delivery_zip_codes: ["11215", "11217"],
          delivery_minimum_order: 35,
          opening_hours: testSchedule.opening_hours,
        })
        expect(data.settings).not.toHaveProperty("pickup_capacity")
      })

      it("manages blackout dates", async () => {
        const date = daysAhead(5)
        const created = await api.post("/admin/bakery/schedule/blackout-dates", { date, reason: "Family wedding" }, admin)
        expect(created.status).toBe(201)
        expect(created.data.blackout_date).toMatchObject({ date, reason: "Family wedding" })

        const duplicate = await fail(api.post("/admin/bakery/schedule/blackout-dates", { date, reason: "Again" }, admin))
        expect(duplicate.status).toBe(400)
        expect(duplicate.data.message).toContain("already a closed day")
        expect((await fail(api.post("/admin/bakery/schedule/blackout-dates", { date: "2026-02-30", reason: "x" }, admin))).status).toBe(400)

        const { data: list } = await api.get("/admin/bakery/schedule/blackout-dates", admin)
        expect(list.blackout_dates.map((b: any) => b.date)).toEqual([date])
        const { data: pub } = await api.get("/store/bakery/settings", store)
        expect(pub.settings.blackout_dates).toEqual([{ date, reason: "Family wedding" }])

        const cartId = await createCart({ items: { "country-sourdough": 1 } })
        const listing = await listSlots(cartId, `type=pickup&from=${date}&to=${date}`)
        expect(listing).toEqual({ slots: [], closed_days: [{ date, reason: "Family wedding" }] })
        const closed = await fail(chooseSlot(cartId, "pickup", at(date, "10:00")))
        expect(closed.status).toBe(400)
        expect(closed.data.message).toContain("Family wedding")

        await api.delete(`/admin/bakery/schedule/blackout-dates/${created.data.blackout_date.id}`, admin)
        expect((await api.get("/admin/bakery/schedule/blackout-dates", admin)).data.count).toBe(0)
        expect((await fail(api.delete(`/admin/bakery/schedule/blackout-dates/${created.data.blackout_date.id}`, admin))).status).toBe(404)
        expect((await listSlots(cartId, `type=pickup&from=${date}&to=${date}`)).slots).toHaveLength(24)
      })
    })

    describe("listing slots", () => {
      it("lists a day's slots with places left, in the shop's zone", async () => {
        const date = daysAhead(3)
        const cartId = await createCart({ items: { "country-sourdough": 1 } })
        const { slots, closed_days } = await listSlots(cartId, `type=pickup&from=${date}&to=${date}`)
        expect(closed_days).toEqual([])
        expect(slots).toHaveLength(24)
        expect(slots[0]).toEqual({ start: at(date, "08:00"), end: at(date, "08:30"), type: "pickup", remaining: 1 })
        expect(slots.at(-1).start).toBe(at(date, "19:30"))

        const delivery = await listSlots(cartId, `type=delivery&from=${date}&to=${date}`)
        expect(delivery.slots[0]).toMatchObject({ type: "delivery", remaining: 3 })
      })

      it("holds back slots inside the longest lead time of the cart", async () => {
        const soon = DateTime.now().plus({ hours: 48 })
        const bread = await listSlots(await createCart({ items: { "country-sourdough": 1 } }), "type=pickup")
        const cake = await listSlots(
          await createCart({ items: { "country-sourdough": 1, "chocolate-celebration-cake": 1 } }),
          "type=pickup"
        )
        expect(DateTime.fromISO(bread.slots[0].start) < soon).toBe(true)
        expect(cake.slots.every((s: any) => DateTime.fromISO(s.start) >= soon)).toBe(true)
        expect(cake.slots.length).toBeGreaterThan(0)
      })

      it("answers 400 for a bad query and 404 for an unknown cart", async () => {
        const cartId = await createCart({ items: { "country-sourdough": 1 } })
        for (const qs of ["", "type=drone", "type=pickup&from=2026-13-01", `type=pickup&from=${daysAhead(4)}&to=${daysAhead(2)}`]) {
          expect((await fail(api.get(`/store/carts/${cartId}/fulfillment-slots?${qs}`, store))).status).toBe(400)
        }
        expect((await fail(api.get("/store/carts/cart_nope/fulfillment-slots?type=pickup", store))).status).toBe(404)
      })
    })

    describe("choosing a slot", () => {
      it("stores the slot on the cart without wiping other metadata", async () => {
        const date = daysAhead(3)
        const cartId = await createCart({ items: { "country-sourdough": 1 }, metadata: { order_note: "No sesame please" } })
        const { data } = await chooseSlot(cartId, "pickup", DateTime.fromISO(at(date, "09:00")).toUTC().toISO()!)
        expect(data.cart.id).toBe(cartId)
        expect(data.cart.metadata).toEqual({
          order_note: "No sesame please",
          fulfillment_slot: { type: "pickup", start: at(date, "09:00"), end: at(date, "09:30") },
        })

        await chooseSlot(cartId, "pickup", at(date, "11:00"))
        const { data: again } = await api.get(`/store/carts/${cartId}?fields=metadata`, store)
        expect(again.cart.metadata.fulfillment_slot.start).toBe(at(date, "11:00"))
        expect(again.cart.metadata.order_note).toBe("No sesame please")
      })

      it("refuses times that are not bookable with a message the customer understands", async () => {
        const date = daysAhead(3)
        const cartId = await createCart({ items: { "country-sourdough": 1 } })
        const cases: [string, string, RegExp][] = [
          ["pickup", at(date, "10:15"), /isn't one of our pickup times/],
          ["pickup", at(date, "21:00"), /isn't one of our pickup times/],
          ["pickup", "tomorrow at ten", /choose a time from the list/],
          ["pickup", at(daysAhead(20), "10:00"), /up to 14 days ahead/],
          ["pickup", at(daysAhead(-1), "10:00"), /has already passed/],
          ["drone", at(date, "10:00"), /type/],
        ]
        for (const [type, start, message] of cases) {
          const response = await fail(chooseSlot(cartId, type, start))
          expect(response.status).toBe(400)
          expect(response.data.message).toMatch(message)
        }
        const cake = await createCart({ items: { "chocolate-celebration-cake": 1 } })
        const tooSoon = await fail(chooseSlot(cake, "pickup", at(daysAhead(1), "08:00")))
        expect(tooSoon.status).toBe(400)
        expect(tooSoon.data.message).toMatch(/needs 48 hours' notice.*The earliest pickup time is/)

        const { data } = await api.get(`/store/carts/${cartId}?fields=metadata`, store)
        expect(data.cart.metadata?.fulfillment_slot).toBeUndefined()
      })

      it("only delivers inside the delivery area and above the minimum order", async () => {
        const start = at(daysAhead(3), "12:00")
        const outside = await createCart({ items: { "chocolate-celebration-cake": 1 }, zip: "10001" })
        const response = await fail(chooseSlot(outside, "delivery", start))
        expect(response.status).toBe(400)
        expect(response.data.message).toBe(
          "Sorry, we don't deliver to 10001. We deliver to 11215, 11217; pickup at the shop is always available."
        )

        const noAddress = await createCart({ items: { "chocolate-celebration-cake": 1 } })
        expect((await fail(chooseSlot(noAddress, "delivery", start))).data.message).toMatch(/add your delivery address/)
        expect((await chooseSlot(noAddress, "pickup", start)).status).toBe(200)

        const small = await createCart({ items: { "vegan-oat-cookie": 2 }, zip: "11215" })
        const tooSmall = await fail(chooseSlot(small, "delivery", start))
        expect(tooSmall.status).toBe(400)
        expect(tooSmall.data.message).toBe(
          "Local delivery needs an order of at least $35.00; your items come to $6.00. Add a treat or choose pickup."
        )

        const inside = await createCart({ items: { "chocolate-celebration-cake": 1 }, zip: "11217-1234" })
        const { data } = await chooseSlot(inside, "delivery", start)
        expect(data.cart.metadata.fulfillment_slot).toMatchObject({ type: "delivery", start })
      })

      it("refuses the Local delivery shipping method outside the area or below the minimum", async () => {
        const outside = await createCart({ items: { "chocolate-celebration-cake": 1 }, zip: "10001" })
        const refused = await fail(api.post(`/store/carts/${outside}/shipping-methods`, { option_id: shop.delivery_option_id }, store))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/don't deliver to 10001/)
        expect((await api.post(`/store/carts/${outside}/shipping-methods`, { option_id: shop.pickup_option_id }, store)).status).toBe(200)

        const small = await createCart({ items: { "vegan-oat-cookie": 1 }, zip: "11215" })
        const tooSmall = await fail(api.post(`/store/carts/${small}/shipping-methods`, { option_id: shop.delivery_option_id }, store))
        expect(tooSmall.status).toBe(400)
        expect(tooSmall.data.message).toMatch(/at least \$35\.00/)

        const inside = await createCart({ items: { "chocolate-celebration-cake": 1 }, zip: "11215" })
        const { data } = await api.post(`/store/carts/${inside}/shipping-methods`, { option_id: shop.delivery_option_id }, store)
        expect(data.cart.shipping_methods.map((m: any) => m.shipping_option_id)).toEqual([shop.delivery_option_id])
      })
    })

    describe("completing the cart", () => {
      it("refuses completion without a chosen time", async () => {
        const cartId = await createCart({ items: { "country-sourdough": 1 } })
        await prepareForCompletion(cartId)
        const response = await fail(complete(cartId))
        expect(response.status).toBe(400)
        expect(response.data.message).toBe("Please choose a pickup or delivery time")
        const { data } = await api.get(`/store/carts/${cartId}?fields=completed_at`, store)
        expect(data.cart.completed_at).toBeNull()
      })

      it("refuses a pickup time with the delivery shipping method", async () => {
        const cartId = await createCart({ items: { "chocolate-celebration-cake": 1 }, zip: "11215" })
        await prepareForCompletion(cartId, shop.delivery_option_id)
        await chooseSlot(cartId, "pickup", at(daysAhead(4), "15:00"))
        const response = await fail(complete(cartId))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/choose a delivery time/)
        expect(await bookingsFor([cartId])).toEqual([])
      })

      it("books one place per cart: the second cart for a full slot gets 409 and stays a cart", async () => {
        const date = daysAhead(6)
        const start = at(date, "10:00")
        const first = await createCart({ items: { "country-sourdough": 2 }, metadata: { order_note: "Sliced please" } })
        const second = await createCart({ items: { "country-sourdough": 1 } })
        for (const cartId of [first, second]) {
          await prepareForCompletion(cartId)
          await chooseSlot(cartId, "pickup", start)
        }

        const { data: placed } = await complete(first)
        expect(placed.type).toBe("order")

        const refused = await fail(complete(second))
        expect(refused.status).toBe(409)
        expect(refused.data.message).toBe(
          `${DateTime.fromISO(start, { zone: ZONE }).toFormat("cccc")} 10:00 is full — 10:30 is free.`
        )
        const { data: stillCart } = await api.get(`/store/carts/${second}?fields=completed_at,metadata`, store)
        expect(stillCart.cart.completed_at).toBeNull()
        expect(stillCart.cart.metadata.fulfillment_slot.start).toBe(start)

        const bookings = await bookingsFor([first, second])
        expect(bookings).toHaveLength(1)
        expect(bookings[0]).toMatchObject({ cart_id: first, order_id: placed.order.id, type: "pickup" })
        expect(bookings[0].slot_start.toISOString()).toBe(new Date(start).toISOString())

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: orders } = await query.graph({
          entity: "order",
          fields: ["id", "metadata", "slot_booking.id", "slot_booking.cart_id"],
          filters: { id: placed.order.id },
        })
        expect(orders[0].slot_booking).toMatchObject({ id: bookings[0].id, cart_id: first })
        expect(orders[0].metadata).toMatchObject({
          order_note: "Sliced please",
          fulfillment_slot: { type: "pickup", start, end: at(date, "10:30") },
        })

        const listing = await listSlots(second, `type=pickup&from=${date}&to=${date}`)
        expect(listing.slots.find((s: any) => s.start === start).remaining).toBe(0)
        const third = await createCart({ items: { "country-sourdough": 1 } })
        expect((await fail(chooseSlot(third, "pickup", start))).status).toBe(409)

        // The customer takes the suggestion and completes.
        await chooseSlot(second, "pickup", at(date, "10:30"))
        expect((await complete(second)).data.type).toBe("order")
      })

      it("is idempotent: completing an order's cart again keeps its one booking", async () => {
        const start = at(daysAhead(7), "12:00")
        const cartId = await createCart({ items: { "country-sourdough": 1 } })
        await prepareForCompletion(cartId)
        await chooseSlot(cartId, "pickup", start)
        const { data: first } = await complete(cartId)
        const { data: again } = await complete(cartId)
        expect(again.order.id).toBe(first.order.id)
        const bookings = await bookingsFor([cartId])
        expect(bookings).toHaveLength(1)
        expect(bookings[0].order_id).toBe(first.order.id)

        // The placed order's cart keeps its time and note.
        const moved = await fail(chooseSlot(cartId, "pickup", at(daysAhead(7), "12:30")))
        expect(moved.status).toBe(400)
        expect(moved.data.message).toMatch(/already been placed/)
        const noted = await fail(api.post(`/store/carts/${cartId}/order-note`, { note: "Late change" }, store))
        expect(noted.status).toBe(400)
        expect(noted.data.message).toMatch(/already completed/)
        const { data } = await api.get(`/store/carts/${cartId}?fields=metadata`, store)
        expect(data.cart.metadata.fulfillment_slot.start).toBe(start)
        expect(data.cart.metadata.order_note).toBeUndefined()
      })

      it("gives the place back when completion fails after booking", async () => {
        const start = at(daysAhead(8), "14:00")
        // Another customer uses the last use of the code first, so Medusa refuses this
        // cart's promotion late (registerUsageStep), after the slot was booked.
        await createOneUsePromotion(getContainer(), "LASTONE")
        const [other, cartId] = [
          await createCart({ items: { "country-sourdough": 1 } }),
          await createCart({ items: { "chocolate-celebration-cake": 1 } }),
        ]
        for (const id of [other, cartId]) {
          await api.post(`/store/carts/${id}/promotions`, { promo_codes: ["LASTONE"] }, store)
          await prepareForCompletion(id)
        }
        await chooseSlot(other, "pickup", at(daysAhead(8), "15:00"))
        await chooseSlot(cartId, "pickup", start)
        expect((await complete(other)).data.type).toBe("order")

        const response = await fail(complete(cartId))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/Promotion usage exceeds the limit/)
        expect(await bookingsFor([cartId])).toEqual([])

        // Without the code the total changes, so Medusa wants a fresh payment session.
        await api.delete(`/store/carts/${cartId}/promotions`, { ...store, data: { promo_codes: ["LASTONE"] } })
        await prepareForCompletion(cartId)
        expect((await complete(cartId)).data.type).toBe("order")
        expect(await bookingsFor([cartId])).toHaveLength(1)
      })
    })
  },
})
