import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import { beforeAll, expect, it } from "vitest"
import { SCHEDULING_MODULE } from "../../src/modules/scheduling"
import type SchedulingModuleService from "../../src/modules/scheduling/service"
import { createAdminHeaders } from "../fixtures/admin"
import { placeOrder, type CheckoutCustomer } from "../fixtures/checkout"
import { createShopFixture } from "../fixtures/shop"

const ZONE = "America/New_York"
const EVERY_DAY = [{ open: "08:00", close: "20:00" }]
const OPEN_DAILY = { mon: EVERY_DAY, tue: EVERY_DAY, wed: EVERY_DAY, thu: EVERY_DAY, fri: EVERY_DAY, sat: EVERY_DAY, sun: EVERY_DAY }
const slotAt = (clock: string) =>
  DateTime.fromISO(`${DateTime.now().setZone(ZONE).plus({ days: 2 }).toISODate()}T${clock}`, { zone: ZONE }).toISO()!
const CAP_MESSAGE = /^You already have 3 pay-at-pickup orders waiting today with this (email address|phone number)/

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof createShopFixture>>
    let admin: { headers: Record<string, string> }
    let variantId: string

    const order = (customer: CheckoutCustomer, clock = "10:00") =>
      placeOrder(api, shop, {
        customer,
        items: [{ variant_id: variantId, quantity: 1 }],
        slot: { type: "pickup", start: slotAt(clock) },
      })

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

    it("leaves other customers alone", async () => {
      const ana = { email: "ana@example.com", first_name: "Ana", last_name: "Ruiz", phone: "+1 347 555 0142" }
      const placed = await order(ana, "12:00")
      expect(placed.id).toMatch(/^order_/)
    })
  },
})
