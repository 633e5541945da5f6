import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import { beforeAll, expect, it } from "vitest"
import { SCHEDULING_MODULE } from "../../src/modules/scheduling"
import type SchedulingModuleService from "../../src/modules/scheduling/service"
import { createAdminHeaders } from "../fixtures/admin"
import { placeOrder, prepareCheckout, storeHeaders, type CheckoutCustomer } from "../fixtures/checkout"
import { createShopFixture } from "../fixtures/shop"

const ZONE = "America/New_York"
const EVERY_DAY = [{ open: "08:00", close: "20:00" }]
const OPEN_DAILY = { mon: EVERY_DAY, tue: EVERY_DAY, wed: EVERY_DAY, thu: EVERY_DAY, fri: EVERY_DAY, sat: EVERY_DAY, sun: EVERY_DAY }
const slotAt = (clock: string) =>
  DateTime.fromISO(`${DateTime.now().setZone(ZONE).plus({ days: 2 }).toISODate()}T${clock}`, { zone: ZONE }).toISO()!
const CAP_MESSAGE = /^You already have 3 pay-at-pickup orders waiting today with this (email address|phone number)/

medusaIntegrationTestRunner({
  // Every customer here comes from this machine; the per-address order limit is not under test.
  env: { RATE_LIMIT_ORDERS_PER_IP: "1000" },
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof createShopFixture>>
    let admin: { headers: Record<string, string> }
    let variantId: string

    const checkout = (customer: CheckoutCustomer, clock = "10:00", variant_id = variantId) => ({
      customer,
      items: [{ variant_id, quantity: 1 }],
      slot: { type: "pickup" as const, start: slotAt(clock) },
    })
    const order = (customer: CheckoutCustomer, clock = "10:00") => placeOrder(api, shop, checkout(customer, clock))
    const complete = (cartId: string) =>
      api.post(`/store/carts/${cartId}/complete`, {}, storeHeaders(shop)).catch((error: any) => error.response)

    async function stored(email: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({ entity: "order", fields: ["id", "status"], filters: { email } })
      const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "completed_at"], filters: { email } })
      const scheduling: SchedulingModuleService = getContainer().resolve(SCHEDULING_MODULE)
      const open = carts.filter((c: any) => !c.completed_at).map((c: any) => c.id)
      return { orders, openCarts: open, openCartBookings: open.length ? await scheduling.listSlotBookings({ cart_id: open }) : [] }
    }

    beforeAll(async () => {
      const container = getContainer()
      shop = await createShopFixture(container)
      admin = await createAdminHeaders(container)
      await api.post("/admin/bakery/schedule", { timezone: ZONE, pickup_capacity: 20, same_day_cutoff: null, opening_hours: OPEN_DAILY }, admin)
      const { data } = await api.get("/store/products?handle=country-sourdough&fields=variants.id", {
        headers: { "x-publishable-api-key": shop.publishable_key },
      })
      variantId = data.products[0].variants[0].id
    })

    async function variantAndItemOf(handle: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["variants.id", "variants.inventory_items.inventory_item_id"],
        filters: { handle },
      })
      const variant = data[0].variants[0] as any
      return { variant_id: variant.id as string, inventory_item_id: variant.inventory_items[0].inventory_item_id as string }
    }

    it("refuses a 4th open pay-at-pickup order for one email today, writes nothing, and counts a canceled one out", async () => {
      const jane = { email: "jane@example.com", first_name: "Jane", last_name: "Baker", phone: "+1 718 555 0100" }
      const placed = [await order(jane, "10:00"), await order(jane, "10:30"), await order(jane, "11:00")]

      const fourth = await order({ ...jane, email: "JANE@example.com", phone: undefined }, "11:30").catch((error: any) => error.response)
      expect(fourth.status).toBe(400)
      expect(fourth.data.message).toMatch(CAP_MESSAGE)
      expect(fourth.data.message).toMatch(/this email address/)
      // Nothing was written: three orders, the fourth cart still a cart, and no slot place taken for it.
      const after = await stored("jane@example.com")
      expect(after.orders).toHaveLength(3)
      const refusedCart = (await stored("JANE@example.com")).openCarts
      expect(refusedCart).toHaveLength(1)
      expect((await stored("JANE@example.com")).openCartBookings).toEqual([])

      // The same phone under another email counts too.
      const samePhone = await order({ ...jane, email: "j.baker@example.com", phone: "(718) 555-0100" }, "11:30").catch((error: any) => error.response)
      expect(samePhone.status).toBe(400)
      expect(samePhone.data.message).toMatch(/this phone number/)

      // Maya cancels a bogus one: its slot place comes back and the customer may order again.
      await api.post(`/admin/orders/${placed[0].id}/cancel`, {}, admin)
      const scheduling: SchedulingModuleService = getContainer().resolve(SCHEDULING_MODULE)
      for (let i = 0; i < 50 && (await scheduling.listSlotBookings({ order_id: placed[0].id })).length; i++) {
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      expect(await scheduling.listSlotBookings({ order_id: placed[0].id })).toEqual([])
      const again = await order(jane, "11:30")
      expect(again.display_id).toBeGreaterThan(placed[2].display_id)
      expect((await stored("jane@example.com")).orders.filter((o: any) => o.status !== "canceled")).toHaveLength(3)
    })

    it("five carts with one email completing at the same moment: three orders, two told the cap", async () => {
      const kim = (i: number) => ({ email: "kim@example.com", first_name: "Kim", last_name: "Lee", phone: `+1 646 555 01${10 + i}` })
      const carts: string[] = []
      for (const i of [0, 1, 2, 3, 4]) {
        carts.push(await prepareCheckout(api, shop, checkout(kim(i), "13:00")))
      }

      const answers = await Promise.all(carts.map(complete))
      const placed = answers.filter((a) => a.status === 200 && a.data.type === "order")
      const refused = answers.filter((a) => a.status === 400)
      expect(placed).toHaveLength(3)
      expect(refused).toHaveLength(2)
      for (const { data } of refused) {
        expect(data.message).toMatch(CAP_MESSAGE)
        expect(data.message).toMatch(/this email address/)
      }
      const after = await stored("kim@example.com")
      expect(after.orders.map((o: any) => o.id).sort()).toEqual(placed.map((a) => a.data.order.id).sort())
      expect(after.openCarts).toHaveLength(2)
      expect(after.openCartBookings).toEqual([])

      // A placed cart completed again (the browser and a retry) gets its order back, at the cap or not.
      const again = await complete(carts[answers.indexOf(placed[0])])
      expect(again.status).toBe(200)
      expect(again.data).toMatchObject({ type: "order", order: { id: placed[0].data.order.id } })
    })

    it("a completion refused after the cap's check (sold out) lets go of the cap's locks: the customer's next cart completes", async () => {
      const sam = { email: "sam@example.com", first_name: "Sam", last_name: "Okafor", phone: "+1 929 555 0177" }
      const cookie = await variantAndItemOf("peanut-butter-cookie")
      const soldOutCart = await prepareCheckout(api, shop, checkout(sam, "14:00", cookie.variant_id))
      await getContainer()
        .resolve(Modules.INVENTORY)
        .updateInventoryLevels([{ inventory_item_id: cookie.inventory_item_id, location_id: shop.stock_location_id, stocked_quantity: 0 }])

      const refused = await complete(soldOutCart)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe("Sorry, Peanut Butter Cookie is sold out — your basket has 1.")
      // Had the cap's locks stayed held, this would wait for them and be refused as busy.
      const placed = await order(sam, "14:30")
      expect(placed.id).toMatch(/^order_/)
      expect((await stored("sam@example.com")).orders.map((o: any) => o.id)).toEqual([placed.id])
    })

    it("leaves other customers alone", async () => {
      const ana = { email: "ana@example.com", first_name: "Ana", last_name: "Ruiz", phone: "+1 347 555 0142" }
      const placed = await order(ana, "12:00")
      expect(placed.id).toMatch(/^order_/)
    })
  },
})
