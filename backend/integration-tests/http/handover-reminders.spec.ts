import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import { beforeAll, expect, it } from "vitest"
import { reminderKey } from "../../src/workflows/steps/list-due-handover-reminders"
import { sendHandoverRemindersWorkflow } from "../../src/workflows/send-handover-reminders"
import { createAdminHeaders } from "../fixtures/admin"
import { placeOrder, storeHeaders } from "../fixtures/checkout"
import { createShopFixture } from "../fixtures/shop"

const ZONE = "America/New_York"
const EVERY_DAY = [{ open: "08:00", close: "20:00" }]
const SATURDAY_HOURS = [{ open: "08:00", close: "16:00" }]
const OPEN_DAILY = { mon: EVERY_DAY, tue: EVERY_DAY, wed: EVERY_DAY, thu: EVERY_DAY, fri: EVERY_DAY, sat: SATURDAY_HOURS, sun: EVERY_DAY }
const at = (date: string, clock = "10:00") => DateTime.fromISO(`${date}T${clock}`, { zone: ZONE }).toISO({ suppressMilliseconds: true })!
const PICKUP_DAY = DateTime.now().setZone(ZONE).plus({ days: 3 }).toISODate()!

// Sunday 14 March 2027: New York's clocks go forward at 02:00. The reminder for a
// 10:00 pickup that day goes out at 18:00 EST on Saturday, 23:00 UTC (22:00 UTC is 18:00 EDT).
const DST_PICKUP = "2027-03-14T10:00:00-04:00"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof createShopFixture>>
    let admin: { headers: Record<string, string> }
    let bread: string
    let customers = 0

    const order = (email = `reminded-${++customers}@example.com`) =>
      placeOrder(api, shop, {
        customer: { email, first_name: "Ana", last_name: "Ruiz", phone: `718555${2000 + customers}` },
        items: [{ variant_id: bread, quantity: 2 }],
        slot: { type: "pickup", start: at(PICKUP_DAY) },
      })
    const remindersOf = async (orderIds: string[]) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "notification",
        fields: ["idempotency_key", "to", "status", "data"],
        filters: { idempotency_key: orderIds.map(reminderKey) },
      })
      return data as any[]
    }
    const run = (now: string) => sendHandoverRemindersWorkflow(getContainer()).run({ input: { now } })
    /** Moves an order's pickup to another time, as if it had been booked for it. */
    const movePickup = async (orderId: string, start: string) => {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const end = DateTime.fromISO(start, { setZone: true }).plus({ minutes: 30 }).toISO()
      await pg.raw(`update slot_booking set slot_start = ?, slot_end = ? where order_id = ?`, [start, end, orderId])
      await pg.raw(
        `update "order" set metadata = jsonb_set(metadata, '{fulfillment_slot}', ?::jsonb) where id = ?`,
        [JSON.stringify({ type: "pickup", start, end }), orderId]
      )
    }

    beforeAll(async () => {
      const container = getContainer()
      shop = await createShopFixture(container)
      admin = await createAdminHeaders(container)
      await api.post("/admin/bakery/schedule", { timezone: ZONE, pickup_capacity: 20, same_day_cutoff: null, opening_hours: OPEN_DAILY }, admin)
      const { data } = await api.get("/store/products?handle=country-sourdough&fields=variants.id", storeHeaders(shop))
      bread = data.products[0].variants[0].id
    })

    it("sends one reminder the evening before, never again across runs and overlapping workers, none for canceled orders or who unsubscribed", async () => {
      const ana = await order()
      const canceled = await order()
      const unsubscribing = await order("no-reminders@example.com")
      await api.post(`/admin/orders/${canceled.id}/cancel`, {}, admin)

      const evening = DateTime.fromISO(PICKUP_DAY, { zone: ZONE }).minus({ days: 1 }).set({ hour: 18 })
      const before = await run(evening.minus({ minutes: 1 }).toUTC().toISO()!)
      expect(before.result).toEqual([])

      // Two workers' runs at the same moment send each reminder once.
      const eveningRun = evening.plus({ minutes: 5 }).toUTC().toISO()!
      const [first, second] = await Promise.all([run(eveningRun), run(eveningRun)])
      expect([...first.result, ...second.result]).toHaveLength(2)

      // The unsubscribe link from a reminder: opening it changes nothing, the button does.
      const [link] = (await remindersOf([unsubscribing.id])).map((n) => n.data.unsubscribe_url as string)
      const path = new URL(link).pathname + new URL(link).search
      const opened = await api.get(path)
      expect(opened.data).toContain("Stop reminders")
      const forged = await api.get(path.replace(/token=[^&]+/, "token=forged")).catch((e: any) => e.response)
      expect(forged.status).toBe(400)
      expect(forged.data).toContain("This unsubscribe link is not valid")
      const done = await api.post(path)
      expect(done.data).toContain("Reminders stopped")

      // A later order of the customer who unsubscribed gets none; Ana's is not sent twice
      // when the job runs again later (a restarted worker), two at a time.
      const later = await order("no-reminders@example.com")
      const laterEvening = evening.plus({ minutes: 30 }).toUTC().toISO()!
      const [again, overlapping] = await Promise.all([run(laterEvening), run(laterEvening)])
      expect([...again.result, ...overlapping.result]).toEqual([])
      const reminders = await remindersOf([ana.id, canceled.id, unsubscribing.id, later.id])
      expect(reminders.map((n) => [n.idempotency_key, n.to]).sort()).toEqual(
        [
          [reminderKey(ana.id), expect.stringMatching(/^reminded-\d+@example\.com$/)],
          [reminderKey(unsubscribing.id), "no-reminders@example.com"],
        ].sort()
      )
      const [anaReminder] = reminders.filter((n) => n.idempotency_key === reminderKey(ana.id))
      // Rendered and handed to the mailer (the test shop writes .eml files).
      expect(anaReminder.status).toBe("success")
      expect(anaReminder.data).toMatchObject({ opening_hours: expect.stringMatching(/AM – .*PM/), order: { id: ana.id } })
      expect(anaReminder.data.unsubscribe_url).toContain("/bakery/reminders/unsubscribe?email=")
    })

    it("goes out at 18:00 shop time on the evening before a DST change, not an hour early", async () => {
      const placed = await order()
      await movePickup(placed.id, DST_PICKUP)
      // 22:30 UTC on Saturday 13 March 2027 is 17:30 EST: too early.
      expect((await run("2027-03-13T22:30:00Z")).result).toEqual([])
      expect(await remindersOf([placed.id])).toEqual([])
      // 23:00 UTC is 18:00 EST.
      expect((await run("2027-03-13T23:00:00Z")).result).toHaveLength(1)
      const [reminder] = await remindersOf([placed.id])
      expect(reminder.data.order.slot.start).toBe(DST_PICKUP)
      // After the pickup nothing more is due, however often the job runs.
      expect((await run("2027-03-14T15:00:00Z")).result).toEqual([])
      expect(await remindersOf([placed.id])).toHaveLength(1)
    })
  },
})
