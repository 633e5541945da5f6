import { mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { placeOrder, type PlacedOrder } from "../fixtures/checkout"
import { createShopFixture } from "../fixtures/shop"

const ZONE = "America/New_York"
const EVERY_DAY = [{ open: "08:00", close: "20:00" }]
const MAYA = { email: "maya@sweetcrumbs.test", password: "flour-and-butter-1" }

// Order emails go to .eml files without SMTP; keep them out of the repository's .data.
// medusa-config.ts reads this while the runner boots, after this file's top level.
const outbox = mkdtempSync(path.join(os.tmpdir(), "production-sheet-mail-"))
process.env.MAIL_OUTBOX_DIR = outbox
afterAll(() => rmSync(outbox, { recursive: true, force: true }))

// Four days out, so the 48-hour cake lead time never refuses a slot whatever the hour.
const bakeDay = DateTime.now().setZone(ZONE).plus({ days: 4 }).toISODate()!
const nextDay = DateTime.now().setZone(ZONE).plus({ days: 5 }).toISODate()!
const at = (date: string, clock: string) =>
  DateTime.fromISO(`${date}T${clock}`, { zone: ZONE }).toISO({ suppressMilliseconds: true })!

const LEO_INSCRIPTION = '=1+1 "Happy 5th, Leo!"'
const JANE_NOTE = "@Maya: no nuts near the cake, please\nRing twice"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof createShopFixture>>
    let admin: { headers: Record<string, string> }
    const orders: Record<"jane" | "ana" | "sam" | "tomorrow" | "canceled", PlacedOrder> = {} as any

    const fail = (promise: Promise<unknown>) =>
      promise.then(
        (response) => {
          throw new Error(`expected a failure, got ${(response as any).status}`)
        },
        (error: any) => error.response
      )

    /** Maya signs in with email and password like the admin dashboard does. */
    async function signInMaya() {
      const container = getContainer()
      const user = await container.resolve(Modules.USER).createUsers({ email: MAYA.email })
      const auth = container.resolve(Modules.AUTH)
      const { authIdentity, error } = await auth.register("emailpass", { body: MAYA } as any)
      if (error || !authIdentity) {
        throw new Error(`Could not register Maya: ${error}`)
      }
      await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
      const { data } = await api.post("/auth/user/emailpass", MAYA)
      return { headers: { authorization: `Bearer ${data.token}` } }
    }

    beforeAll(async () => {
      shop = await createShopFixture(getContainer())
      admin = await signInMaya()
      await api.post(
        "/admin/bakery/schedule",
        {
          timezone: ZONE,
          same_day_cutoff: null,
          pickup_capacity: 4,
          delivery_capacity: 2,
          opening_hours: { mon: EVERY_DAY, tue: EVERY_DAY, wed: EVERY_DAY, thu: EVERY_DAY, fri: EVERY_DAY, sat: EVERY_DAY, sun: EVERY_DAY },
        },
        admin
      )

      const store = { headers: { "x-publishable-api-key": shop.publishable_key } }
      const { data } = await api.get("/store/products?fields=handle,variants.id,variants.title&limit=50", store)
      const variant = (handle: string, title = "Single") =>
        data.products.find((p: any) => p.handle === handle).variants.find((v: any) => v.title === title).id as string
      const cake = (size: string) => variant("chocolate-celebration-cake", size)

      orders.jane = await placeOrder(api, shop, {
        customer: { email: "jane@example.com", first_name: "Jane", last_name: "Baker", phone: "+1 718 555 0100" },
        items: [
          { variant_id: cake('8"'), quantity: 1, inscription: LEO_INSCRIPTION },
          { variant_id: variant("country-sourdough"), quantity: 2 },
        ],
        slot: { type: "pickup", start: at(bakeDay, "09:00") },
        note: JANE_NOTE,
      })
      orders.ana = await placeOrder(api, shop, {
        customer: { email: "ana@example.com", first_name: "Ana", last_name: "Ruiz" },
        items: [
          { variant_id: variant("country-sourdough"), quantity: 1 },
          { variant_id: variant("peanut-butter-cookie"), quantity: 6 },
        ],
        slot: { type: "pickup", start: at(bakeDay, "09:00") },
      })
      orders.sam = await placeOrder(api, shop, {
        customer: { email: "sam@example.com", first_name: "Sam", last_name: "Lee", phone: "+1 347 555 0142" },
        items: [{ variant_id: cake('10"'), quantity: 1, inscription: "<b>Congrats Dr. Kim</b>" }],
        slot: { type: "delivery", start: at(bakeDay, "13:00") },
        note: "Leave it with the doorman",
      })
      orders.tomorrow = await placeOrder(api, shop, {
        customer: { email: "jane@example.com", first_name: "Jane", last_name: "Baker" },
        items: [{ variant_id: cake('6"'), quantity: 2 }],
        slot: { type: "pickup", start: at(nextDay, "10:00") },
      })
      orders.canceled = await placeOrder(api, shop, {
        customer: { email: "ana@example.com", first_name: "Ana", last_name: "Ruiz" },
        items: [{ variant_id: cake('8"'), quantity: 3, inscription: "Canceled" }],
        slot: { type: "pickup", start: at(bakeDay, "11:00") },
      })
      await api.post(`/admin/orders/${orders.canceled.id}/cancel`, {}, admin)
    })

    describe("GET /admin/bakery/production", () => {
      it("totals the day's bake and lists each slot's orders with inscriptions and notes", async () => {
        const { data } = await api.get(`/admin/bakery/production?date=${bakeDay}`, admin)
        const sheet = data.production_sheet

        expect(sheet.date).toBe(bakeDay)
        expect(sheet.timezone).toBe(ZONE)
        expect(sheet.totals).toEqual([
          { product_title: "Chocolate Celebration Cake", variant_title: '8"', sku: "SC-CHOC-CAKE-8", quantity: 1 },
          { product_title: "Chocolate Celebration Cake", variant_title: '10"', sku: "SC-CHOC-CAKE-10", quantity: 1 },
          { product_title: "Country Sourdough", variant_title: "Single", sku: "SC-SOURDOUGH", quantity: 3 },
          { product_title: "Peanut Butter Cookie", variant_title: "Single", sku: "SC-PB-COOKIE", quantity: 6 },
        ])

        const sortItems = (items: any[]) => [...items].sort((a, b) => a.title.localeCompare(b.title))
        expect(sheet.slots.map((s: any) => ({ ...s, orders: s.orders.map((o: any) => ({ ...o, items: sortItems(o.items) })) }))).toEqual([
          {
            type: "pickup",
            start: at(bakeDay, "09:00"),
            end: at(bakeDay, "09:30"),
            orders: [
              {
                id: orders.jane.id,
                display_id: orders.jane.display_id,
                customer_name: "Jane Baker",
                email: "jane@example.com",
                phone: "+1 718 555 0100",
                items: [
                  { title: "Chocolate Celebration Cake", variant_title: '8"', quantity: 1, inscription: LEO_INSCRIPTION },
                  { title: "Country Sourdough", variant_title: "Single", quantity: 2, inscription: null },
                ],
                note: JANE_NOTE,
              },
              {
                id: orders.ana.id,
                display_id: orders.ana.display_id,
                customer_name: "Ana Ruiz",
                email: "ana@example.com",
                phone: null,
                items: [
                  { title: "Country Sourdough", variant_title: "Single", quantity: 1, inscription: null },
                  { title: "Peanut Butter Cookie", variant_title: "Single", quantity: 6, inscription: null },
                ],
                note: null,
              },
            ],
          },
          {
            type: "delivery",
            start: at(bakeDay, "13:00"),
            end: at(bakeDay, "13:30"),
            orders: [
              {
                id: orders.sam.id,
                display_id: orders.sam.display_id,
                customer_name: "Sam Lee",
                email: "sam@example.com",
                phone: "+1 347 555 0142",
                items: [
                  { title: "Chocolate Celebration Cake", variant_title: '10"', quantity: 1, inscription: "<b>Congrats Dr. Kim</b>" },
                ],
                note: "Leave it with the doorman",
              },
            ],
          },
        ])
      })

      it("shows the next day on its own sheet and an empty sheet for a quiet day", async () => {
        const { data } = await api.get(`/admin/bakery/production?date=${nextDay}`, admin)
        expect(data.production_sheet.totals).toEqual([
          { product_title: "Chocolate Celebration Cake", variant_title: '6"', sku: "SC-CHOC-CAKE-6", quantity: 2 },
        ])
        expect(data.production_sheet.slots.map((s: any) => [s.start, s.orders.map((o: any) => o.id)])).toEqual([
          [at(nextDay, "10:00"), [orders.tomorrow.id]],
        ])

        const quiet = DateTime.fromISO(bakeDay).minus({ days: 30 }).toISODate()
        expect((await api.get(`/admin/bakery/production?date=${quiet}`, admin)).data).toEqual({
          // No bake plan groups in this shop: nothing planned either.
          production_sheet: { date: quiet, timezone: ZONE, bake_plan: [], totals: [], slots: [] },
        })
      })

      it("defaults to today in the shop's time zone", async () => {
        const { data } = await api.get("/admin/bakery/production", admin)
        expect(data.production_sheet.date).toBe(DateTime.now().setZone(ZONE).toISODate())
      })

      it("refuses a bad date and anyone who is not signed in", async () => {
        for (const date of ["2026-02-30", "12/06/2026", "tomorrow"]) {
          const response = await fail(api.get(`/admin/bakery/production?date=${encodeURIComponent(date)}`, admin))
          expect(response.status).toBe(400)
          expect(response.data.message).toMatch(/YYYY-MM-DD/)
        }
        expect((await fail(api.get(`/admin/bakery/production?date=${bakeDay}`))).status).toBe(401)
        expect((await fail(api.get(`/admin/bakery/production/export?date=${bakeDay}`))).status).toBe(401)
      })
    })

    describe("GET /admin/bakery/production/export", () => {
      it("downloads one CSV row per item line with formula cells defused", async () => {
        // As bytes: axios would quietly drop the byte-order mark from text.
        const response = await api.get(`/admin/bakery/production/export?date=${bakeDay}`, {
          ...admin,
          responseType: "arraybuffer",
        })
        expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8")
        expect(response.headers["content-disposition"]).toBe(`attachment; filename="production-${bakeDay}.csv"`)

        const bytes = Buffer.from(response.data)
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
        const lines = bytes.subarray(3).toString("utf8").split("\r\n")
        expect(lines[0]).toBe("Date,Slot,Type,Order #,Customer,Product,Variant,Qty,Inscription,Note")
        expect(lines.at(-1)).toBe("")
        const janeNote = `"'@Maya: no nuts near the cake, please\nRing twice"`
        expect([...lines.slice(1, -1)].sort()).toEqual(
          [
            `${bakeDay},09:00-09:30,pickup,${orders.jane.display_id},Jane Baker,Chocolate Celebration Cake,"8""",1,"'=1+1 ""Happy 5th, Leo!""",${janeNote}`,
            `${bakeDay},09:00-09:30,pickup,${orders.jane.display_id},Jane Baker,Country Sourdough,Single,2,,${janeNote}`,
            `${bakeDay},09:00-09:30,pickup,${orders.ana.display_id},Ana Ruiz,Country Sourdough,Single,1,,`,
            `${bakeDay},09:00-09:30,pickup,${orders.ana.display_id},Ana Ruiz,Peanut Butter Cookie,Single,6,,`,
            `${bakeDay},13:00-13:30,delivery,${orders.sam.display_id},Sam Lee,Chocolate Celebration Cake,"10""",1,<b>Congrats Dr. Kim</b>,Leave it with the doorman`,
          ].sort()
        )
        // Slots stay in time order in the file itself.
        expect(lines.slice(1, -1).map((line) => line.split(",")[1])).toEqual([
          "09:00-09:30",
          "09:00-09:30",
          "09:00-09:30",
          "09:00-09:30",
          "13:00-13:30",
        ])
      })

      it("refuses a bad date", async () => {
        expect((await fail(api.get("/admin/bakery/production/export?date=2026-13-01", admin))).status).toBe(400)
      })
    })
  },
})
