import { describe, expect, it } from "vitest"
import {
  checkSlot,
  decideSlot,
  describeFullSlot,
  listSlots,
  readFulfillmentSlot,
  slotKey,
  type ScheduleRules,
  type SlotCalendarInput,
} from "../slot-calendar"

const rules: ScheduleRules = {
  timezone: "America/New_York",
  slot_minutes: 30,
  pickup_capacity: 4,
  delivery_capacity: 2,
  same_day_cutoff: "14:00",
  booking_horizon_days: 14,
  opening_hours: {
    mon: [{ open: "07:00", close: "18:00" }],
    tue: [{ open: "07:00", close: "18:00" }],
    wed: [{ open: "07:00", close: "18:00" }],
    thu: [{ open: "07:00", close: "18:00" }],
    fri: [{ open: "07:00", close: "18:00" }],
    sat: [{ open: "08:00", close: "16:00" }],
    sun: [],
  },
}

// Friday 10 April 2026, New York (EDT, UTC-4).
const FRIDAY_MORNING = "2026-04-10T10:05:00-04:00"
const FRIDAY_EVENING = "2026-04-10T17:00:00-04:00"

function calendar(overrides: Partial<SlotCalendarInput> = {}) {
  return listSlots({
    rules,
    blackout_dates: [],
    now: FRIDAY_MORNING,
    lead_time_hours: 0,
    type: "pickup",
    booked: {},
    ...overrides,
  })
}

function startsOn(date: string, overrides: Partial<SlotCalendarInput> = {}) {
  return calendar({ from: date, to: date, ...overrides }).slots.map((s) => s.start)
}

/** Asking for `start` on Friday morning with an empty basket and no bookings. */
function slotRequest(start: string, overrides: Partial<SlotCalendarInput> = {}) {
  return {
    rules,
    blackout_dates: [],
    now: FRIDAY_MORNING,
    lead_time_hours: 0,
    type: "pickup" as const,
    booked: {},
    start,
    ...overrides,
  }
}

describe("listSlots", () => {
  it("cuts each day's opening hours into slots of the configured length", () => {
    const monday = calendar({ from: "2026-04-13", to: "2026-04-13" }).slots
    expect(monday).toHaveLength(22)
    expect(monday[0]).toEqual({
      start: "2026-04-13T07:00:00-04:00",
      end: "2026-04-13T07:30:00-04:00",
      type: "pickup",
      remaining: 4,
    })
    expect(monday.at(-1)?.end).toBe("2026-04-13T18:00:00-04:00")

    const saturday = startsOn("2026-04-11")
    expect(saturday).toHaveLength(16)
    expect(saturday[0]).toBe("2026-04-11T08:00:00-04:00")
    expect(saturday.at(-1)).toBe("2026-04-11T15:30:00-04:00")
  })

  it("honours a different slot length and split opening hours", () => {
    const lunchBreak: ScheduleRules = {
      ...rules,
      slot_minutes: 60,
      opening_hours: {
        ...rules.opening_hours,
        mon: [
          { open: "08:00", close: "11:00" },
          { open: "13:00", close: "15:30" },
        ],
      },
    }
    expect(startsOn("2026-04-13", { rules: lunchBreak })).toEqual([
      "2026-04-13T08:00:00-04:00",
      "2026-04-13T09:00:00-04:00",
      "2026-04-13T10:00:00-04:00",
      "2026-04-13T13:00:00-04:00",
      "2026-04-13T14:00:00-04:00",
    ])
  })

  it("reports a closed weekday with a reason and offers no slots on it", () => {
    const sunday = calendar({ from: "2026-04-12", to: "2026-04-12" })
    expect(sunday.slots).toEqual([])
    expect(sunday.closed_days).toEqual([{ date: "2026-04-12", reason: "Closed on Sundays" }])
  })

  it("reports a blackout date with Maya's reason", () => {
    const week = calendar({
      from: "2026-04-13",
      to: "2026-04-17",
      blackout_dates: [{ date: "2026-04-15", reason: "Family wedding" }],
    })
    expect(week.closed_days).toEqual([{ date: "2026-04-15", reason: "Family wedding" }])
    expect(week.slots.some((s) => s.start.startsWith("2026-04-15"))).toBe(false)
    expect(week.slots.filter((s) => s.start.startsWith("2026-04-16"))).toHaveLength(22)
  })

  it("offers today's remaining slots before the same-day cut-off and none after it", () => {
    const beforeCutoff = startsOn("2026-04-10", { now: "2026-04-10T13:59:00-04:00" })
    expect(beforeCutoff[0]).toBe("2026-04-10T14:00:00-04:00")
    expect(beforeCutoff).toHaveLength(8)

    expect(startsOn("2026-04-10", { now: "2026-04-10T14:00:00-04:00" })).toEqual([])
    expect(startsOn("2026-04-11", { now: "2026-04-10T14:00:00-04:00" })).toHaveLength(16)
  })

  it("offers every slot of today when there is no cut-off", () => {
    const noCutoff = { ...rules, same_day_cutoff: null }
    expect(startsOn("2026-04-10", { rules: noCutoff, now: FRIDAY_EVENING })).toEqual([
      "2026-04-10T17:00:00-04:00",
      "2026-04-10T17:30:00-04:00",
    ])
  })

  describe("lead time", () => {
    function firstSlot(now: string, lead_time_hours: number) {
      return calendar({ now, lead_time_hours }).slots[0]?.start
    }

    it("0 h: the next slot boundary after now", () => {
      expect(firstSlot(FRIDAY_MORNING, 0)).toBe("2026-04-10T10:30:00-04:00")
      expect(firstSlot("2026-04-10T10:30:00-04:00", 0)).toBe("2026-04-10T10:30:00-04:00")
    })

    it("24 h: rounds up to the next boundary a day later", () => {
      expect(firstSlot(FRIDAY_MORNING, 24)).toBe("2026-04-11T10:30:00-04:00")
    })

    it("24 h ordered Friday evening skips Saturday's closing time and Sunday", () => {
      expect(firstSlot(FRIDAY_EVENING, 24)).toBe("2026-04-13T07:00:00-04:00")
    })

    it("48 h ordered Friday 17:00: nothing before Sunday 17:00, so Monday's opening", () => {
      expect(firstSlot(FRIDAY_EVENING, 48)).toBe("2026-04-13T07:00:00-04:00")
    })

    it("72 h ordered Friday 17:00: Monday 17:00", () => {
      expect(firstSlot(FRIDAY_EVENING, 72)).toBe("2026-04-13T17:00:00-04:00")
      expect(firstSlot(FRIDAY_MORNING, 72)).toBe("2026-04-13T10:30:00-04:00")
    })
  })

  it("counts remaining places per slot from the bookings, per fulfillment type", () => {
    const booked = {
      [slotKey("2026-04-11T10:00:00-04:00")]: 4,
      [slotKey("2026-04-11T10:30:00-04:00")]: 1,
    }
    const pickup = calendar({ from: "2026-04-11", to: "2026-04-11", booked }).slots
    expect(pickup.find((s) => s.start === "2026-04-11T10:00:00-04:00")?.remaining).toBe(0)
    expect(pickup.find((s) => s.start === "2026-04-11T10:30:00-04:00")?.remaining).toBe(3)
    expect(pickup.find((s) => s.start === "2026-04-11T11:00:00-04:00")?.remaining).toBe(4)

    const delivery = calendar({ from: "2026-04-11", to: "2026-04-11", type: "delivery" }).slots
    expect(delivery.every((s) => s.remaining === 2 && s.type === "delivery")).toBe(true)
  })

  it("never lists days beyond the booking horizon or before today", () => {
    const all = calendar({ from: "2026-04-01", to: "2026-05-30" })
    expect(all.slots[0].start).toBe("2026-04-10T10:30:00-04:00")
    expect(all.slots.at(-1)?.start).toBe("2026-04-24T17:30:00-04:00")
    expect(all.closed_days.map((d) => d.date)).toEqual(["2026-04-12", "2026-04-19"])
  })

  describe("daylight saving time in New York", () => {
    const openSunday: ScheduleRules = {
      ...rules,
      opening_hours: { ...rules.opening_hours, sun: [{ open: "09:00", close: "13:00" }] },
    }

    it("keeps normal opening hours on the March spring-forward Sunday", () => {
      const now = "2026-03-06T09:00:00-05:00"
      const saturday = startsOn("2026-03-07", { rules: openSunday, now })
      const sunday = calendar({ rules: openSunday, now, from: "2026-03-08", to: "2026-03-08" }).slots
      expect(saturday[0]).toBe("2026-03-07T08:00:00-05:00")
      expect(sunday).toHaveLength(8)
      expect(sunday[0]).toEqual({
        start: "2026-03-08T09:00:00-04:00",
        end: "2026-03-08T09:30:00-04:00",
        type: "pickup",
        remaining: 4,
      })
      expect(sunday.at(-1)?.end).toBe("2026-03-08T13:00:00-04:00")
    })

    it("keeps normal opening hours on the November fall-back Sunday", () => {
      const now = "2026-10-30T09:00:00-04:00"
      const saturday = startsOn("2026-10-31", { rules: openSunday, now })
      const sunday = startsOn("2026-11-01", { rules: openSunday, now })
      expect(saturday[0]).toBe("2026-10-31T08:00:00-04:00")
      expect(sunday).toHaveLength(8)
      expect(sunday[0]).toBe("2026-11-01T09:00:00-05:00")
      expect(sunday.at(-1)).toBe("2026-11-01T12:30:00-05:00")
    })

    it("counts lead time in real hours across the change", () => {
      // 24 real hours after Saturday 10:00 EST is Sunday 11:00 EDT.
      const first = calendar({
        rules: openSunday,
        now: "2026-03-07T10:00:00-05:00",
        lead_time_hours: 24,
      }).slots[0]
      expect(first.start).toBe("2026-03-08T11:00:00-04:00")
    })

    it("skips a wall-clock time that does not exist instead of doubling a slot", () => {
      const night: ScheduleRules = {
        ...rules,
        slot_minutes: 60,
        same_day_cutoff: null,
        opening_hours: { ...rules.opening_hours, sun: [{ open: "01:00", close: "04:00" }] },
      }
      expect(startsOn("2026-03-08", { rules: night, now: "2026-03-07T09:00:00-05:00" })).toEqual([
        "2026-03-08T01:00:00-05:00",
        "2026-03-08T03:00:00-04:00",
      ])
    })
  })
})

describe("describeFullSlot", () => {
  const saturday = calendar({ from: "2026-04-11", to: "2026-04-11" }).slots

  function withFull(starts: string[]) {
    return saturday.map((s) => (starts.includes(s.start) ? { ...s, remaining: 0 } : s))
  }

  it("names the nearest free slot the same day, preferring the later one on a tie", () => {
    expect(
      describeFullSlot(withFull(["2026-04-11T10:00:00-04:00"]), "2026-04-11T10:00:00-04:00", rules.timezone)
    ).toBe("Saturday 10:00 is full — 10:30 is free")
  })

  it("looks earlier when the later slots are full too", () => {
    const slots = withFull([
      "2026-04-11T10:00:00-04:00",
      "2026-04-11T10:30:00-04:00",
      "2026-04-11T11:00:00-04:00",
    ])
    expect(describeFullSlot(slots, "2026-04-11T10:00:00-04:00", rules.timezone)).toBe(
      "Saturday 10:00 is full — 09:30 is free"
    )
  })

  it("names the day when the nearest free slot is on another day", () => {
    const monday = calendar({ from: "2026-04-13", to: "2026-04-13" }).slots
    const slots = [...saturday.map((s) => ({ ...s, remaining: 0 })), ...monday]
    expect(describeFullSlot(slots, "2026-04-11T15:30:00-04:00", rules.timezone)).toBe(
      "Saturday 15:30 is full — Monday 07:00 is free"
    )
  })

  it("never names the full slot itself, even when a listing still shows a place in it", () => {
    expect(describeFullSlot(saturday, "2026-04-11T10:00:00-04:00", rules.timezone)).toBe(
      "Saturday 10:00 is full — 10:30 is free"
    )
  })

  it("asks for another day when nothing is free", () => {
    const slots = saturday.map((s) => ({ ...s, remaining: 0 }))
    expect(describeFullSlot(slots, "2026-04-11T10:00:00-04:00", rules.timezone)).toBe(
      "Saturday 10:00 is full — please choose another day"
    )
  })
})

describe("checkSlot", () => {
  const check = (start: string, overrides: Partial<SlotCalendarInput> = {}) => checkSlot(slotRequest(start, overrides))

  it("accepts a free slot given in any offset and returns it in the shop's zone", () => {
    expect(check("2026-04-11T14:00:00.000Z")).toEqual({
      ok: true,
      slot: {
        start: "2026-04-11T10:00:00-04:00",
        end: "2026-04-11T10:30:00-04:00",
        type: "pickup",
        remaining: 4,
      },
    })
  })

  it("rejects garbage, off-boundary and out-of-hours times", () => {
    expect(check("next saturday")).toMatchObject({ ok: false, reason: "invalid" })
    expect(check("2026-04-11T10:15:00-04:00")).toMatchObject({
      ok: false,
      reason: "not_a_slot",
      message: "Saturday 10:15 isn't one of our pickup times. Please choose a time from the list.",
    })
    expect(check("2026-04-11T16:00:00-04:00")).toMatchObject({ ok: false, reason: "not_a_slot" })
  })

  it("rejects closed days with the reason", () => {
    expect(check("2026-04-12T10:00:00-04:00")).toMatchObject({
      ok: false,
      reason: "closed",
      message: "We're closed on Sunday 12 April (Closed on Sundays). Please choose another day.",
    })
    const blackout = check("2026-04-15T10:00:00-04:00", {
      blackout_dates: [{ date: "2026-04-15", reason: "Oven repairs" }],
    })
    expect(blackout).toMatchObject({ ok: false, reason: "closed" })
    expect(blackout.ok === false && blackout.message).toContain("Oven repairs")
  })

  it("rejects a slot inside the cake's lead time and names the earliest one", () => {
    expect(
      check("2026-04-11T10:00:00-04:00", { now: FRIDAY_EVENING, lead_time_hours: 48 })
    ).toEqual({
      ok: false,
      reason: "too_soon",
      message:
        "Your order needs 48 hours' notice, so Saturday 10:00 is too soon. The earliest pickup time is Monday 07:00.",
    })
    expect(check("2026-04-10T09:00:00-04:00")).toMatchObject({ ok: false, reason: "too_soon" })
  })

  it("rejects today's slots after the same-day cut-off", () => {
    expect(check("2026-04-10T16:00:00-04:00", { now: "2026-04-10T14:30:00-04:00" })).toEqual({
      ok: false,
      reason: "cutoff",
      message: "Same-day orders close at 14:00. Please choose tomorrow or later.",
    })
  })

  it("rejects days beyond the horizon", () => {
    expect(check("2026-04-24T10:00:00-04:00").ok).toBe(true)
    expect(check("2026-04-25T10:00:00-04:00")).toMatchObject({ ok: false, reason: "beyond_horizon" })
  })

  it("rejects a full slot and points to the nearest free one", () => {
    const booked = { [slotKey("2026-04-11T10:00:00-04:00")]: 4 }
    expect(check("2026-04-11T10:00:00-04:00", { booked })).toEqual({
      ok: false,
      reason: "full",
      message: "Saturday 10:00 is full — 10:30 is free.",
    })
    expect(check("2026-04-11T10:00:00-04:00", { booked: { [slotKey("2026-04-11T14:00:00Z")]: 3 } })).toMatchObject({
      ok: true,
      slot: { remaining: 1 },
    })
  })
})

describe("decideSlot", () => {
  const decide = (start: string, overrides: Partial<SlotCalendarInput> = {}) => decideSlot(slotRequest(start, overrides))

  it("gives each refusal's facts instead of a sentence", () => {
    expect(decide("2026-04-10T16:00:00-04:00", { now: "2026-04-10T14:30:00-04:00" })).toEqual({
      ok: false,
      problem: { reason: "cutoff", cutoff: "14:00" },
    })
    expect(decide("2026-04-12T10:00:00-04:00")).toEqual({
      ok: false,
      problem: { reason: "closed", date: "2026-04-12", blackout_reason: null },
    })
    expect(
      decide("2026-04-15T10:00:00-04:00", { blackout_dates: [{ date: "2026-04-15", reason: "Oven repairs" }] })
    ).toEqual({ ok: false, problem: { reason: "closed", date: "2026-04-15", blackout_reason: "Oven repairs" } })
    expect(decide("2026-04-25T10:00:00-04:00")).toEqual({
      ok: false,
      problem: { reason: "beyond_horizon", booking_horizon_days: 14, last_day: "2026-04-24" },
    })
    expect(decide("2026-04-11T14:15:00Z")).toEqual({
      ok: false,
      problem: { reason: "not_a_slot", type: "pickup", start: "2026-04-11T10:15:00-04:00" },
    })
  })

  it("names the earliest free slot of a refusal for lead time, and the nearest free one of a full slot", () => {
    expect(decide("2026-04-11T10:00:00-04:00", { now: FRIDAY_EVENING, lead_time_hours: 48 })).toEqual({
      ok: false,
      problem: {
        reason: "too_soon",
        type: "pickup",
        start: "2026-04-11T10:00:00-04:00",
        lead_time_hours: 48,
        earliest_free: "2026-04-13T07:00:00-04:00",
      },
    })
    const booked = { [slotKey("2026-04-11T10:00:00-04:00")]: 4, [slotKey("2026-04-11T10:30:00-04:00")]: 4 }
    expect(decide("2026-04-11T10:00:00-04:00", { booked })).toEqual({
      ok: false,
      problem: { reason: "full", start: "2026-04-11T10:00:00-04:00", nearest_free: "2026-04-11T09:30:00-04:00" },
    })
  })
})

describe("readFulfillmentSlot", () => {
  it("reads a well-formed choice and ignores anything else", () => {
    const choice = { type: "delivery", start: "2026-04-11T10:00:00-04:00", end: "2026-04-11T10:30:00-04:00" }
    expect(readFulfillmentSlot({ fulfillment_slot: choice, order_note: "no nuts" })).toEqual(choice)
    expect(readFulfillmentSlot({ fulfillment_slot: { ...choice, type: "drone" } })).toBeNull()
    expect(readFulfillmentSlot({ fulfillment_slot: "saturday" })).toBeNull()
    expect(readFulfillmentSlot(null)).toBeNull()
  })
})
