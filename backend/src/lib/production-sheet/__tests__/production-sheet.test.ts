import { describe, expect, it } from "vitest"
import { bakeDayRange, buildProductionSheet, isCalendarDate, todayIn, type SheetOrder } from ".."

const NEW_YORK = "America/New_York"

const cake = (size: string, quantity: number, inscription?: string) => ({
  title: size,
  product_title: "Chocolate Celebration Cake",
  variant_title: size,
  variant_sku: `SC-CHOC-CAKE-${size.replace('"', "")}`,
  quantity,
  metadata: inscription === undefined ? {} : { inscription },
})

const sourdough = (quantity: number) => ({
  title: "Single",
  product_title: "Country Sourdough",
  variant_title: "Single",
  variant_sku: "SC-SOURDOUGH",
  quantity,
  metadata: null,
})

let nextDisplayId = 1

function order(
  slot: { type?: "pickup" | "delivery"; start: string; end: string },
  items: SheetOrder["items"],
  extra: Partial<SheetOrder> = {}
): SheetOrder {
  const displayId = nextDisplayId++
  return {
    id: `order_${displayId}`,
    display_id: displayId,
    status: "pending",
    email: `customer${displayId}@example.com`,
    metadata: {},
    items,
    customer: null,
    shipping_address: { first_name: "Jane", last_name: "Baker", phone: "+1 718 555 0100" },
    slot_booking: { type: slot.type ?? "pickup", slot_start: slot.start, slot_end: slot.end },
    ...extra,
  }
}

describe("bakeDayRange", () => {
  it("runs from local midnight to the next local midnight", () => {
    const { from, to } = bakeDayRange("2026-06-12", NEW_YORK)
    expect(from.toISOString()).toBe("2026-06-12T04:00:00.000Z")
    expect(to.toISOString()).toBe("2026-06-13T04:00:00.000Z")
  })

  it("is 23 hours on the spring change and 25 on the autumn one", () => {
    const spring = bakeDayRange("2026-03-08", NEW_YORK)
    expect(spring.from.toISOString()).toBe("2026-03-08T05:00:00.000Z")
    expect(spring.to.toISOString()).toBe("2026-03-09T04:00:00.000Z")
    const autumn = bakeDayRange("2026-11-01", NEW_YORK)
    expect(autumn.from.toISOString()).toBe("2026-11-01T04:00:00.000Z")
    expect(autumn.to.toISOString()).toBe("2026-11-02T05:00:00.000Z")
  })
})

describe("todayIn", () => {
  it("is the shop's date, not the server's UTC date", () => {
    // 9 PM in New York on June 12 is already June 13 in UTC.
    expect(todayIn(NEW_YORK, new Date("2026-06-13T01:00:00Z"))).toBe("2026-06-12")
    expect(todayIn("UTC", new Date("2026-06-13T01:00:00Z"))).toBe("2026-06-13")
  })
})

describe("isCalendarDate", () => {
  it("accepts real days only", () => {
    expect(isCalendarDate("2026-02-28")).toBe(true)
    expect(isCalendarDate("2028-02-29")).toBe(true)
    for (const bad of ["2026-02-30", "2026-13-01", "2026-6-1", "tomorrow", "2026-06-12T00:00"]) {
      expect(isCalendarDate(bad)).toBe(false)
    }
  })
})

describe("buildProductionSheet", () => {
  it("totals each product and variant across the day's orders, by product then size", () => {
    const sheet = buildProductionSheet({
      date: "2026-06-12",
      timezone: NEW_YORK,
      orders: [
        order({ start: "2026-06-12T13:00:00Z", end: "2026-06-12T13:30:00Z" }, [cake('10"', 1), sourdough(2)]),
        order({ start: "2026-06-12T15:00:00Z", end: "2026-06-12T15:30:00Z" }, [cake('8"', 1), cake('10"', 2), sourdough(1)]),
        order({ type: "delivery", start: "2026-06-12T15:00:00Z", end: "2026-06-12T15:30:00Z" }, [cake('6"', 1)]),
      ],
    })
    expect(sheet.totals).toEqual([
      { product_title: "Chocolate Celebration Cake", variant_title: '6"', sku: "SC-CHOC-CAKE-6", quantity: 1 },
      { product_title: "Chocolate Celebration Cake", variant_title: '8"', sku: "SC-CHOC-CAKE-8", quantity: 1 },
      { product_title: "Chocolate Celebration Cake", variant_title: '10"', sku: "SC-CHOC-CAKE-10", quantity: 3 },
      { product_title: "Country Sourdough", variant_title: "Single", sku: "SC-SOURDOUGH", quantity: 3 },
    ])
  })

  it("groups orders by slot in local time, earliest first and pickup before delivery", () => {
    const first = order({ start: "2026-06-12T13:00:00Z", end: "2026-06-12T13:30:00Z" }, [cake('8"', 1, "Happy 5th, Leo!")], {
      metadata: { order_note: "  No nuts near the cake, please  ", fulfillment_slot: { type: "pickup" } },
    })
    const delivery = order({ type: "delivery", start: "2026-06-12T13:00:00Z", end: "2026-06-12T13:30:00Z" }, [sourdough(1)], {
      shipping_address: null,
      customer: { first_name: "Ana", last_name: "Ruiz", phone: "+1 718 555 0199", email: "ana@example.com" },
      email: null,
    })
    const sameSlot = order({ start: "2026-06-12T13:00:00Z", end: "2026-06-12T13:30:00Z" }, [sourdough(2)])
    const later = order({ start: "2026-06-12T20:00:00Z", end: "2026-06-12T20:30:00Z" }, [sourdough(1)])

    const sheet = buildProductionSheet({ date: "2026-06-12", timezone: NEW_YORK, orders: [later, sameSlot, delivery, first] })

    expect(sheet.date).toBe("2026-06-12")
    expect(sheet.timezone).toBe(NEW_YORK)
    expect(sheet.slots.map((s) => [s.type, s.start, s.end, s.orders.map((o) => o.id)])).toEqual([
      ["pickup", "2026-06-12T09:00:00-04:00", "2026-06-12T09:30:00-04:00", [first.id, sameSlot.id]],
      ["delivery", "2026-06-12T09:00:00-04:00", "2026-06-12T09:30:00-04:00", [delivery.id]],
      ["pickup", "2026-06-12T16:00:00-04:00", "2026-06-12T16:30:00-04:00", [later.id]],
    ])
    expect(sheet.slots[0].orders[0]).toEqual({
      id: first.id,
      display_id: first.display_id,
      customer_name: "Jane Baker",
      email: first.email,
      phone: "+1 718 555 0100",
      items: [{ title: "Chocolate Celebration Cake", variant_title: '8"', quantity: 1, inscription: "Happy 5th, Leo!" }],
      note: "No nuts near the cake, please",
    })
    // Without a shipping address the customer account names the order.
    expect(sheet.slots[1].orders[0]).toMatchObject({
      customer_name: "Ana Ruiz",
      email: "ana@example.com",
      phone: "+1 718 555 0199",
      items: [{ title: "Country Sourdough", variant_title: "Single", quantity: 1, inscription: null }],
      note: null,
    })
  })

  it("leaves out canceled orders, orders without a slot and other days", () => {
    const kept = order({ start: "2026-06-12T13:00:00Z", end: "2026-06-12T13:30:00Z" }, [sourdough(1)])
    const sheet = buildProductionSheet({
      date: "2026-06-12",
      timezone: NEW_YORK,
      orders: [
        kept,
        order({ start: "2026-06-12T14:00:00Z", end: "2026-06-12T14:30:00Z" }, [cake('8"', 4)], { status: "canceled" }),
        order({ start: "2026-06-12T14:00:00Z", end: "2026-06-12T14:30:00Z" }, [cake('8"', 4)], { slot_booking: null }),
        // 11:30 PM on June 11 and 12:00 AM on June 13, New York time.
        order({ start: "2026-06-12T03:30:00Z", end: "2026-06-12T04:00:00Z" }, [cake('8"', 4)]),
        order({ start: "2026-06-13T04:00:00Z", end: "2026-06-13T04:30:00Z" }, [cake('8"', 4)]),
      ],
    })
    expect(sheet.slots.flatMap((s) => s.orders.map((o) => o.id))).toEqual([kept.id])
    expect(sheet.totals).toEqual([{ product_title: "Country Sourdough", variant_title: "Single", sku: "SC-SOURDOUGH", quantity: 1 }])
  })

  it("takes the whole 25-hour autumn DST day and shows each slot in its own offset", () => {
    const early = order({ start: "2026-11-01T05:30:00Z", end: "2026-11-01T06:00:00Z" }, [sourdough(1)]) // 1:30 AM EDT
    const repeated = order({ start: "2026-11-01T06:30:00Z", end: "2026-11-01T07:00:00Z" }, [sourdough(1)]) // 1:30 AM EST
    const lastHour = order({ start: "2026-11-02T04:30:00Z", end: "2026-11-02T05:00:00Z" }, [sourdough(1)]) // 11:30 PM EST
    const nextDay = order({ start: "2026-11-02T05:00:00Z", end: "2026-11-02T05:30:00Z" }, [sourdough(1)])
    const sheet = buildProductionSheet({ date: "2026-11-01", timezone: NEW_YORK, orders: [nextDay, lastHour, repeated, early] })
    expect(sheet.slots.map((s) => s.start)).toEqual([
      "2026-11-01T01:30:00-04:00",
      "2026-11-01T01:30:00-05:00",
      "2026-11-01T23:30:00-05:00",
    ])
    expect(sheet.totals[0].quantity).toBe(3)
  })

  it("keeps 9 AM on the 23-hour spring DST day and leaves out the next day's midnight slot", () => {
    const nine = order({ start: "2026-03-08T13:00:00Z", end: "2026-03-08T13:30:00Z" }, [sourdough(1)])
    const beforeMidnight = order({ start: "2026-03-09T03:30:00Z", end: "2026-03-09T04:00:00Z" }, [sourdough(1)])
    const midnight = order({ start: "2026-03-09T04:00:00Z", end: "2026-03-09T04:30:00Z" }, [sourdough(1)])
    const sheet = buildProductionSheet({ date: "2026-03-08", timezone: NEW_YORK, orders: [nine, beforeMidnight, midnight] })
    expect(sheet.slots.map((s) => [s.start, s.end])).toEqual([
      ["2026-03-08T09:00:00-04:00", "2026-03-08T09:30:00-04:00"],
      ["2026-03-08T23:30:00-04:00", "2026-03-09T00:00:00-04:00"],
    ])
  })

  it("reads BigNumber and string quantities and skips lines edited down to zero", () => {
    const sheet = buildProductionSheet({
      date: "2026-06-12",
      timezone: NEW_YORK,
      orders: [
        order({ start: "2026-06-12T13:00:00Z", end: "2026-06-12T13:30:00Z" }, [
          { ...sourdough(0), quantity: { toJSON: () => "2" } },
          { ...cake('8"', 0), quantity: "1" },
          cake('6"', 0),
          null,
        ]),
      ],
    })
    expect(sheet.totals.map((t) => [t.product_title, t.variant_title, t.quantity])).toEqual([
      ["Chocolate Celebration Cake", '8"', 1],
      ["Country Sourdough", "Single", 2],
    ])
    expect(sheet.slots[0].orders[0].items.map((i) => i.variant_title)).toEqual(["Single", '8"'])
  })

  it("returns an empty sheet for a quiet day", () => {
    expect(buildProductionSheet({ date: "2026-12-25", timezone: NEW_YORK, orders: [] })).toEqual({
      date: "2026-12-25",
      timezone: NEW_YORK,
      bake_plan: [],
      totals: [],
      slots: [],
    })
  })
})
