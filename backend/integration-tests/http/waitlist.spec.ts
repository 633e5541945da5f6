import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import { beforeAll, expect, it } from "vitest"
import { WAITLIST_MODULE } from "../../src/modules/waitlist"
import type WaitlistModuleService from "../../src/modules/waitlist/service"
import { notifyWaitlistWorkflow } from "../../src/workflows/notify-waitlist"
import { backInStockKey } from "../../src/workflows/steps/build-back-in-stock-emails"
import { createAdminHeaders } from "../fixtures/admin"
import { placeOrder, storeHeaders } from "../fixtures/checkout"
import { createShopFixture } from "../fixtures/shop"

const ZONE = "America/New_York"
const EVERY_DAY = [{ open: "08:00", close: "20:00" }]
const OPEN_DAILY = { mon: EVERY_DAY, tue: EVERY_DAY, wed: EVERY_DAY, thu: EVERY_DAY, fri: EVERY_DAY, sat: EVERY_DAY, sun: EVERY_DAY }
const ONE_A_DAY = { mon: 1, tue: 1, wed: 1, thu: 1, fri: 1, sat: 1, sun: 1 }
const day = (offset: number) => DateTime.now().setZone(ZONE).plus({ days: offset }).toISODate()!
const BAKE_DAY = day(4)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof createShopFixture>>
    let admin: { headers: Record<string, string> }
    let cake: string
    let cookie: string

    const join = (body: object) => api.post("/store/bakery/waitlist", body, storeHeaders(shop))
    const refused = (body: object) => join(body).then((r) => ({ status: r.status, data: r.data }), (error: any) => error.response)
    const notify = async () => (await notifyWaitlistWorkflow(getContainer()).run({ input: { now: new Date().toISOString() } })).result
    const emailsOf = async (entryIds: string[]) => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "notification", fields: ["idempotency_key", "to", "status", "data"], filters: { idempotency_key: entryIds.map(backInStockKey) } })
      return data as any[]
    }

    beforeAll(async () => {
      const container = getContainer()
      shop = await createShopFixture(container)
      admin = await createAdminHeaders(container)
      await api.post("/admin/bakery/schedule", { timezone: ZONE, pickup_capacity: 20, same_day_cutoff: null, opening_hours: OPEN_DAILY }, admin)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: products } = await query.graph({
        entity: "product",
        fields: ["handle", "variants.id", "variants.title"],
        filters: { handle: ["chocolate-celebration-cake", "peanut-butter-cookie"] },
      })
      const variants = (handle: string) => products.find((p: any) => p.handle === handle)!.variants as { id: string; title: string }[]
      cake = variants("chocolate-celebration-cake").find((v) => v.title === '6"')!.id
      cookie = variants("peanut-butter-cookie")[0].id
      await api.post(
        "/admin/bakery/bake-plan/groups",
        { name: "Celebration cakes", unit: "cakes", weekday_quantities: ONE_A_DAY, items: [{ variant_id: cake, units: 1 }] },
        admin
      )
    })

    it("takes a sign-up for a sold-out day, and writes once when a cancellation frees it", async () => {
      const placed = await placeOrder(api, shop, {
        customer: { email: "first@example.com", first_name: "Ana", last_name: "Ruiz", phone: "7185553001" },
        items: [{ variant_id: cake, quantity: 1, inscription: "Happy birthday" }],
        slot: { type: "pickup", start: DateTime.fromISO(`${BAKE_DAY}T10:00`, { zone: ZONE }).toISO()! },
      })

      const { status, data } = await join({ email: "  Wait@Example.com ", variant_id: cake, date: BAKE_DAY })
      expect(status).toBe(201)
      expect(data.waitlist_entry).toMatchObject({ variant_id: cake, date: BAKE_DAY })
      // Asking twice is one sign-up.
      const { data: again } = await join({ email: "wait@example.com", variant_id: cake, date: BAKE_DAY })
      expect(again.waitlist_entry.id).toBe(data.waitlist_entry.id)
      const waitlist: WaitlistModuleService = getContainer().resolve(WAITLIST_MODULE)
      expect(await waitlist.listWaitlistEntries({})).toMatchObject([{ email: "wait@example.com", notified_at: null }])

      // Nothing to tell while the day is still full.
      expect(await notify()).toEqual([])

      await api.post(`/admin/orders/${placed.id}/cancel`, {}, admin)
      await expect.poll(async () => (await notify()).length, { timeout: 20_000, interval: 500 }).toBe(1)
      const [email] = await emailsOf([data.waitlist_entry.id])
      expect(email).toMatchObject({ to: "wait@example.com", status: "success", data: { date: BAKE_DAY, product_title: "Chocolate Celebration Cake" } })
      expect(email.data.product_url).toMatch(/\/products\/chocolate-celebration-cake$/)
      // Once: later runs find it answered.
      expect(await notify()).toEqual([])
      expect(await emailsOf([data.waitlist_entry.id])).toHaveLength(1)
      const [entry] = await waitlist.listWaitlistEntries({ id: data.waitlist_entry.id })
      expect(entry.notified_at).not.toBeNull()
    })

    it("takes a sign-up for a product sold out of stock, and writes when Maya restocks", async () => {
      const container = getContainer()
      const inventory = container.resolve(Modules.INVENTORY)
      const { data: [link] } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product_variant_inventory_item", fields: ["inventory_item_id"], filters: { variant_id: cookie } })
      const level = { inventory_item_id: link.inventory_item_id, location_id: shop.stock_location_id }
      await inventory.updateInventoryLevels([{ ...level, stocked_quantity: 0 }])

      const { data } = await join({ email: "cookies@example.com", variant_id: cookie })
      expect(await notify()).toEqual([])
      await inventory.updateInventoryLevels([{ ...level, stocked_quantity: 24 }])
      expect(await notify()).toEqual([data.waitlist_entry.id])
      expect((await emailsOf([data.waitlist_entry.id])).map((e) => e.to)).toEqual(["cookies@example.com"])
    })

    it("refuses a bad email, what can be ordered right now, and a day for stock sold by the piece, with a sentence", async () => {
      const badEmail = await refused({ email: "not-an-email", variant_id: cake, date: BAKE_DAY })
      expect(badEmail.status).toBe(400)
      expect(badEmail.data.message).toMatch(/Please enter your email address/)
      const free = await refused({ email: "eager@example.com", variant_id: cake, date: day(5) })
      expect(free.status).toBe(400)
      expect(free.data.message).toBe("Chocolate Celebration Cake can be ordered for that day right now — no need to wait.")
      const inStock = await refused({ email: "eager@example.com", variant_id: cookie })
      expect(inStock.status).toBe(400)
      expect(inStock.data.message).toBe("Peanut Butter Cookie can be ordered right now — no need to wait.")
      const stockByDay = await refused({ email: "eager@example.com", variant_id: cookie, date: day(5) })
      expect(stockByDay.status).toBe(400)
      expect(stockByDay.data.message).toMatch(/sold from stock, not by the day/)
      const unknown = await refused({ email: "eager@example.com", variant_id: "variant_nope" })
      expect(unknown.status).toBe(404)
      const waitlist: WaitlistModuleService = getContainer().resolve(WAITLIST_MODULE)
      expect(await waitlist.listWaitlistEntries({})).toEqual([])
    })
  },
})
