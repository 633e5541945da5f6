import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import { beforeAll, expect, it } from "vitest"
import { ensureBakePlan } from "../../../seed/src/bake-plan"
import { BAKE_PLAN_MODULE } from "../../src/modules/bake-plan"
import type BakePlanModuleService from "../../src/modules/bake-plan/service"
import { createAdminHeaders } from "../fixtures/admin"
import { type Checkout, placeOrder, prepareCheckout, storeHeaders } from "../fixtures/checkout"
import { createShopFixture } from "../fixtures/shop"
import { ABANDONED_BOOKING_MINUTES, UNLINKED_BOOKING_MINUTES } from "../../src/jobs/release-abandoned-slot-bookings"
import { releaseAbandonedBakePlanBookingsWorkflow } from "../../src/workflows/release-abandoned-bake-plan-bookings"

const ZONE = "America/New_York"
const EVERY_DAY = [{ open: "08:00", close: "20:00" }]
const OPEN_DAILY = { mon: EVERY_DAY, tue: EVERY_DAY, wed: EVERY_DAY, thu: EVERY_DAY, fri: EVERY_DAY, sat: EVERY_DAY, sun: EVERY_DAY }

// Four days out, past the cakes' 48-hour notice whatever the hour; the days around it for overrides.
const day = (offset: number) => DateTime.now().setZone(ZONE).plus({ days: offset }).toISODate()!
const BAKE_DAY = day(4)
const SHORT_DAY = day(5)
const OVEN_DAY = day(6)
const weekday = (date: string) => DateTime.fromISO(date).toFormat("cccc")
// A week or more ahead, customers read the date too.
const WEEK_ON = DateTime.fromISO(day(7)).toFormat("cccc d LLLL")
const at = (date: string, clock = "10:00") => DateTime.fromISO(`${date}T${clock}`, { zone: ZONE }).toISO({ suppressMilliseconds: true })!

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof createShopFixture>>
    let admin: { headers: Record<string, string> }
    let cake: Record<'6"' | '8"' | '10"', string>
    let cookie: string
    let groupId: string
    let customers = 0

    const failure = (promise: Promise<unknown>) =>
      promise.then(
        (r) => {
          throw new Error(`expected a refusal, got ${JSON.stringify((r as any)?.data ?? r)}`)
        },
        (error: any) => error.response
      )
    const customer = () => {
      customers += 1
      return { email: `plan-${customers}@example.com`, first_name: "Ana", last_name: `Baker ${customers}`, phone: `718555${String(1000 + customers)}` }
    }
    const checkout = (items: Checkout["items"], date = BAKE_DAY): Checkout => ({ customer: customer(), items, slot: { type: "pickup", start: at(date) } })
    const oneCake = (size: keyof typeof cake = '6"') => [{ variant_id: cake[size], quantity: 1, inscription: "Happy birthday" }]
    const productDays = async (handle = "chocolate-celebration-cake") => {
      const { data: found } = await api.get(`/store/products?handle=${handle}&fields=id`, storeHeaders(shop))
      const { data } = await api.get(`/store/bakery/bake-days?product_id=${found.products[0].id}`, storeHeaders(shop))
      return data.availability
    }
    const left = (availability: any, date: string, variantId: string) =>
      availability.days.find((d: any) => d.date === date).variants.find((v: any) => v.variant_id === variantId).left
    const bookingsOf = async (cartId: string) => {
      const bakePlan: BakePlanModuleService = getContainer().resolve(BAKE_PLAN_MODULE)
      return bakePlan.listBakePlanBookings({ cart_id: cartId })
    }

    beforeAll(async () => {
      const container = getContainer()
      shop = await createShopFixture(container)
      admin = await createAdminHeaders(container)
      await api.post(
        "/admin/bakery/schedule",
        { timezone: ZONE, pickup_capacity: 50, same_day_cutoff: null, opening_hours: OPEN_DAILY },
        admin
      )
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: products } = await query.graph({
        entity: "product",
        fields: ["handle", "variants.id", "variants.title"],
        filters: { handle: ["chocolate-celebration-cake", "vegan-oat-cookie"] },
      })
      const variants = (handle: string) => products.find((p: any) => p.handle === handle)!.variants as { id: string; title: string }[]
      cake = Object.fromEntries(variants("chocolate-celebration-cake").map((v) => [v.title, v.id])) as typeof cake
      cookie = variants("vegan-oat-cookie")[0].id

      // Three cakes a day, whatever the weekday; one on the short-staffed day, none while the oven is repaired.
      const { data } = await api.post(
        "/admin/bakery/bake-plan/groups",
        {
          name: "Celebration cakes",
          unit: "cakes",
          weekday_quantities: { mon: 3, tue: 3, wed: 3, thu: 3, fri: 3, sat: 3, sun: 3 },
          items: Object.values(cake).map((variant_id) => ({ variant_id, units: 1 })),
        },
        admin
      )
      groupId = data.bake_plan_group.id
      await api.post(`/admin/bakery/bake-plan/groups/${groupId}/overrides`, { date: SHORT_DAY, quantity: 1, reason: "Short-staffed" }, admin)
      await api.post(`/admin/bakery/bake-plan/groups/${groupId}/overrides`, { date: OVEN_DAY, quantity: 0, reason: "Oven repairs" }, admin)
    })

    it("offers each day the weekday's plan or the date's own, and says from when and why not", async () => {
      const availability = await productDays()
      expect(availability.on_plan).toBe(true)
      expect(left(availability, BAKE_DAY, cake['6"'])).toBe(3)
      expect(left(availability, SHORT_DAY, cake['10"'])).toBe(1)
      const oven = availability.days.find((d: any) => d.date === OVEN_DAY)
      expect(oven).toMatchObject({ status: "not_baked", message: `Not baked on ${weekday(OVEN_DAY)} (Oven repairs)` })
      // 48 hours' notice: today and tomorrow are too soon, so the first day is two or three days out.
      expect(availability.days[0]).toMatchObject({ date: day(0), status: "too_soon", message: "Needs 48 hours' notice" })
      expect([day(2), day(3)]).toContain(availability.available_from)

      // A product off the plan is not limited by it.
      const cookies = await productDays("vegan-oat-cookie")
      expect(cookies.on_plan).toBe(false)
      expect(left(cookies, BAKE_DAY, cookie)).toBeNull()
    })

    it("sells the day's plan and no more: the last cake goes to one customer, the next is told which day has room", async () => {
      const first = await placeOrder(api, shop, checkout([...oneCake('6"'), ...oneCake('8"'), { variant_id: cookie, quantity: 4 }]))
      expect((await productDays()).days.find((d: any) => d.date === BAKE_DAY).variants.every((v: any) => v.left === 1)).toBe(true)

      // Two customers choose the day while one cake is left; the first to complete gets it.
      const late = await prepareCheckout(api, shop, checkout(oneCake('10"')))
      const second = await placeOrder(api, shop, checkout(oneCake('6"')))
      const refused = await failure(api.post(`/store/carts/${late}/complete`, {}, storeHeaders(shop)))
      expect(refused.status).toBe(409)
      // Both neighbours have room; the later one is named on a tie.
      expect(refused.data.message).toBe(`${weekday(BAKE_DAY)} is fully booked for celebration cakes — ${weekday(SHORT_DAY)} has room.`)
      expect(await bookingsOf(late)).toEqual([])
      const { data: lateCart } = await api.get(`/store/carts/${late}`, storeHeaders(shop))
      expect(lateCart.cart.completed_at).toBeNull()

      // Choosing the full day is refused already, with the same sentence.
      const cartId = await prepareCheckout(api, shop, checkout(oneCake(), SHORT_DAY))
      const choose = await failure(api.post(`/store/carts/${cartId}/fulfillment-slot`, { type: "pickup", start: at(BAKE_DAY) }, storeHeaders(shop)))
      expect(choose.status).toBe(409)
      expect(choose.data.message).toBe(`${weekday(BAKE_DAY)} is fully booked for celebration cakes — ${weekday(SHORT_DAY)} has room.`)

      // The checkout's day picker says the same, day by day.
      const { data: picker } = await api.get(`/store/carts/${cartId}/bake-days`, storeHeaders(shop))
      const pick = (date: string) => picker.bake_days.find((d: any) => d.date === date)
      expect(pick(BAKE_DAY)).toMatchObject({ status: "no_room", groups: [{ group_id: groupId, needed: 1, left: 0 }] })
      expect(pick(SHORT_DAY)).toMatchObject({ status: "fits", message: null })
      expect(pick(OVEN_DAY)).toMatchObject({
        status: "no_room",
        message: `We bake no celebration cakes on ${weekday(OVEN_DAY)} (Oven repairs) — ${WEEK_ON} has room.`,
      })
      expect(pick(day(0))).toMatchObject({ status: "too_soon" })
      // A bigger basket for the short-staffed day: one left, two asked.
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: cake['8"'], quantity: 1, metadata: { inscription: "For Leo" } }, storeHeaders(shop))
      const { data: bigger } = await api.get(`/store/carts/${cartId}/bake-days`, storeHeaders(shop))
      expect(bigger.bake_days.find((d: any) => d.date === SHORT_DAY).message).toBe(
        `${weekday(SHORT_DAY)} has only 1 left of its celebration cakes (your basket needs 2) — ${WEEK_ON} has room.`
      )

      // The sheet for the day: three planned, three ordered, none left.
      const { data: sheet } = await api.get(`/admin/bakery/production?date=${BAKE_DAY}`, admin)
      expect(sheet.production_sheet.bake_plan).toEqual([
        { group_id: groupId, name: "Celebration cakes", unit: "cakes", planned: 3, ordered: 3, pending: 0, left: 0, over_plan_orders: [] },
      ])
      const { data: shortSheet } = await api.get(`/admin/bakery/production?date=${SHORT_DAY}`, admin)
      expect(shortSheet.production_sheet.bake_plan[0]).toMatchObject({ planned: 1, ordered: 0, left: 1 })

      // Medusa reserves no stock for cakes sold against the plan; the cookies still come from stock.
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await pg.raw(
        `select li.variant_id from reservation_item r join order_line_item li on li.id = r.line_item_id
          join order_item oi on oi.item_id = li.id where oi.order_id = ? and r.deleted_at is null`,
        [first.id]
      )
      expect(rows.map((r: any) => r.variant_id)).toEqual([cookie])

      // Canceling an order gives its cake back: the customer who was refused can now have it.
      await api.post(`/admin/orders/${second.id}/cancel`, {}, admin)
      for (let i = 0; i < 50 && (await bookingsOf(late)).length === 0; i++) {
        const { data: again } = await api.get(`/store/carts/${late}/bake-days`, storeHeaders(shop))
        if (again.bake_days.find((d: any) => d.date === BAKE_DAY).status === "fits") {
          break
        }
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      const { data: completed } = await api.post(`/store/carts/${late}/complete`, {}, storeHeaders(shop))
      expect(completed.type).toBe("order")
      const bakePlan: BakePlanModuleService = getContainer().resolve(BAKE_PLAN_MODULE)
      const live = await bakePlan.listBakePlanBookings({ date: BAKE_DAY })
      expect(live.map((b) => b.units).reduce((a, b) => a + b, 0)).toBe(3)
      const { data: after } = await api.get(`/admin/bakery/production?date=${BAKE_DAY}`, admin)
      expect(after.production_sheet.bake_plan[0]).toMatchObject({ planned: 3, ordered: 3, left: 0 })
    })

    it("gives back the units of a checkout that died before its order, and ties an order's to it", async () => {
      const container = getContainer()
      const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const placed = await placeOrder(api, shop, checkout(oneCake()))
      const [{ cart_id: placedCart }] = (await pg.raw(`select cart_id from order_cart where order_id = ?`, [placed.id])).rows
      const book = async (name: string) => {
        const { result: cart } = await createCartWorkflow(container).run({
          input: { region_id: shop.region_id, sales_channel_id: shop.sales_channel_id, email: `${name}@example.com` },
        })
        const [booking] = await bakePlan.createBakePlanBookings([{ cart_id: cart.id, group_id: groupId, date: BAKE_DAY, units: 1 }])
        return booking.id
      }
      const age = (id: string) =>
        pg.raw(`update bake_plan_booking set created_at = now() - make_interval(mins => ?) where id = ?`, [ABANDONED_BOOKING_MINUTES + 5, id])
      const abandoned = await book("abandoned")
      await age(abandoned)
      const completing = await book("completing")
      const [placedBooking] = await bakePlan.listBakePlanBookings({ cart_id: placedCart })
      // Completion writes the order onto its booking; a process that died right after the order was made did not.
      expect(placedBooking.order_id).toBe(placed.id)
      await bakePlan.updateBakePlanBookings({ id: placedBooking.id, order_id: null })
      await age(placedBooking.id)

      const ages = { older_than_minutes: ABANDONED_BOOKING_MINUTES, link_after_minutes: UNLINKED_BOOKING_MINUTES }
      const { result } = await releaseAbandonedBakePlanBookingsWorkflow(container).run({ input: ages })
      expect(result).toEqual({ released: [abandoned], linked: [{ booking_id: placedBooking.id, order_id: placed.id }] })
      const live = await bakePlan.listBakePlanBookings({ date: BAKE_DAY })
      expect(live.map((b) => b.id).sort()).toEqual([completing, placedBooking.id].sort())
      expect(live.find((b) => b.id === placedBooking.id)!.order_id).toBe(placed.id)
      // The read-only link resolves the order from the booking.
      const { data: [linked] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "bake_plan_booking",
        fields: ["id", "order.display_id"],
        filters: { id: placedBooking.id },
      })
      expect(linked.order?.display_id).toBe(placed.display_id)
      const { result: again } = await releaseAbandonedBakePlanBookingsWorkflow(container).run({ input: ages })
      expect(again).toEqual({ released: [], linked: [] })
    })

    it("writes the seeded plan once, through the admin's workflow, and then leaves it to Maya", async () => {
      const container = getContainer()
      const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
      const cookies = [{ name: "Cookies", unit: "cookies", weekday_quantities: { mon: 40, tue: 40, wed: 40, thu: 40, fri: 40, sat: 60, sun: 0 }, variants: [{ sku: "SC-OAT-COOKIE", units: 1 }] }]
      // A shop with a plan keeps it.
      expect(await ensureBakePlan(container, cookies)).toBe(0)
      expect((await bakePlan.listBakePlanGroups({})).map((g) => g.name)).toEqual(["Celebration cakes"])

      await api.delete(`/admin/bakery/bake-plan/groups/${groupId}`, admin)
      expect(await ensureBakePlan(container, cookies)).toBe(1)
      const [group] = await bakePlan.listBakePlanGroups({}, { relations: ["items"] })
      expect(group).toMatchObject({ name: "Cookies", unit: "cookies", weekday_quantities: cookies[0].weekday_quantities })
      expect(group.items.map((i: any) => [i.variant_id, i.units])).toEqual([[cookie, 1]])
      const { data: [variant] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["manage_inventory"], filters: { id: cookie } })
      expect(variant.manage_inventory).toBe(false)
      expect(await ensureBakePlan(container, cookies)).toBe(0)
    })
  },
})
