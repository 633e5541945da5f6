import { describe, expect, it } from "vitest"
import {
  bakeDayOf,
  basketNeeds,
  bookedKey,
  dayPlanLoad,
  describeShortage,
  findDayShortages,
  listBasketDays,
  listProductDays,
  plannedFor,
  type PlanBook,
  type PlanGroup,
  type ShopDay,
} from "../bake-days"

const cakes: PlanGroup = {
  id: "grp_cakes",
  name: "Celebration cakes",
  unit: "cakes",
  weekday_quantities: { mon: 10, tue: 10, wed: 10, thu: 10, fri: 12, sat: 15, sun: 0 },
}
const cupcakes: PlanGroup = {
  id: "grp_cupcakes",
  name: "Cupcakes",
  unit: "cupcakes",
  weekday_quantities: { mon: 120, tue: 120, wed: 120, thu: 120, fri: 120, sat: 180, sun: 0 },
}
const sourdough: PlanGroup = {
  id: "grp_sourdough",
  name: "Sourdough",
  unit: "loaves",
  weekday_quantities: { mon: 20, tue: 20, wed: 20, thu: 20, fri: 20, sat: 30, sun: 0 },
}
const items = [
  { group_id: cakes.id, variant_id: "var_cake_6", units: 1 },
  { group_id: cakes.id, variant_id: "var_cake_10", units: 1 },
  { group_id: cupcakes.id, variant_id: "var_cupcake_1", units: 1 },
  { group_id: cupcakes.id, variant_id: "var_cupcake_12", units: 12 },
  { group_id: sourdough.id, variant_id: "var_loaf", units: 1 },
]

// Thursday 7 May 2026; Saturday 9 May is the day before Mother's Day.
const TODAY = "2026-05-07"
const FRIDAY = "2026-05-08"
const SATURDAY = "2026-05-09"
const SUNDAY = "2026-05-10"
const MONDAY = "2026-05-11"

const book = (booked: PlanBook["booked"] = {}, overrides: PlanBook["overrides"] = []): PlanBook => ({
  groups: [cakes, cupcakes, sourdough],
  overrides,
  booked,
})

const open = (date: string): ShopDay => ({ date, status: "open", reason: null })

describe("the plan for a day", () => {
  it("is the weekday's quantity unless the date has its own", () => {
    const mothersDay = book({}, [{ group_id: cakes.id, date: SUNDAY, quantity: 40, reason: "Mother's Day" }])
    expect(plannedFor(mothersDay, cakes, SATURDAY)).toBe(15)
    expect(plannedFor(mothersDay, cakes, FRIDAY)).toBe(12)
    expect(plannedFor(mothersDay, cakes, SUNDAY)).toBe(40)
    expect(plannedFor(mothersDay, cupcakes, SUNDAY)).toBe(0)
    // An override of 0 closes the day for that group only.
    const ovenRepairs = book({}, [{ group_id: cakes.id, date: SATURDAY, quantity: 0, reason: "Oven repairs" }])
    expect(plannedFor(ovenRepairs, cakes, SATURDAY)).toBe(0)
    expect(plannedFor(ovenRepairs, sourdough, SATURDAY)).toBe(30)
  })

  it("falls on the shop's calendar day, not the server's", () => {
    // 21:30 in New York on Friday is already Saturday in UTC.
    expect(bakeDayOf("2026-05-09T01:30:00Z", "America/New_York")).toBe(FRIDAY)
    expect(bakeDayOf("2026-05-09T10:00:00-04:00", "America/New_York")).toBe(SATURDAY)
  })
})

describe("what a basket needs", () => {
  it("sums lines per group in the group's units and ignores what is not on the plan", () => {
    const needs = basketNeeds(
      [
        { variant_id: "var_cake_6", quantity: 1 },
        { variant_id: "var_cake_6", quantity: 1 }, // same cake, another inscription
        { variant_id: "var_cake_10", quantity: 1 },
        { variant_id: "var_cupcake_12", quantity: 2 },
        { variant_id: "var_cupcake_1", quantity: 3 },
        { variant_id: "var_cookie", quantity: 5 },
      ],
      items
    )
    expect(needs).toEqual([
      { group_id: cakes.id, units: 3 },
      { group_id: cupcakes.id, units: 27 },
    ])
  })
})

describe("whether a day has room", () => {
  it("counts what others booked and names the groups that are short", () => {
    const needs = [{ group_id: cakes.id, units: 3 }, { group_id: sourdough.id, units: 1 }]
    expect(findDayShortages(book({ [bookedKey(cakes.id, SATURDAY)]: 12 }), needs, SATURDAY)).toEqual([])
    expect(findDayShortages(book({ [bookedKey(cakes.id, SATURDAY)]: 13 }), needs, SATURDAY)).toEqual([
      { group: cakes, planned: 15, left: 2, needed: 3 },
    ])
    // A card order kept beyond the plan leaves nothing, never less than nothing.
    expect(findDayShortages(book({ [bookedKey(cakes.id, SATURDAY)]: 17 }), needs, SATURDAY)).toEqual([
      { group: cakes, planned: 15, left: 0, needed: 3 },
    ])
  })

  it("tells the customer why in words, with a day that has room", () => {
    const full = book({ [bookedKey(cakes.id, SATURDAY)]: 15 })
    expect(describeShortage(full, { group: cakes, planned: 15, left: 0, needed: 1 }, SATURDAY, TODAY, SUNDAY)).toBe(
      "Saturday is fully booked for celebration cakes — Sunday has room."
    )
    expect(describeShortage(full, { group: cakes, planned: 15, left: 2, needed: 3 }, SATURDAY, TODAY, null)).toBe(
      "Saturday has only 2 left of its celebration cakes (your basket needs 3)."
    )
    expect(describeShortage(full, { group: sourdough, planned: 30, left: 1, needed: 2 }, SATURDAY, TODAY, MONDAY)).toBe(
      "Saturday has only 1 left of its sourdough (your basket needs 2) — Monday has room."
    )
    const closedForCakes = book({}, [{ group_id: cakes.id, date: SATURDAY, quantity: 0, reason: "Oven repairs" }])
    expect(describeShortage(closedForCakes, { group: cakes, planned: 0, left: 0, needed: 1 }, SATURDAY, TODAY, FRIDAY)).toBe(
      "We bake no celebration cakes on Saturday (Oven repairs) — Friday has room."
    )
    // Beyond the coming week the date is named too.
    expect(describeShortage(full, { group: cakes, planned: 15, left: 0, needed: 1 }, "2026-05-16", TODAY, "2026-05-18")).toBe(
      "Saturday 16 May is fully booked for celebration cakes — Monday 18 May has room."
    )
  })
})

describe("the checkout's day picker", () => {
  it("greys out the days the basket no longer fits, keeps the shop's own reasons, and suggests the nearest day with room", () => {
    const days = listBasketDays({
      book: book({ [bookedKey(cakes.id, SATURDAY)]: 15, [bookedKey(cakes.id, FRIDAY)]: 11 }),
      needs: [{ group_id: cakes.id, units: 2 }],
      days: [
        { date: TODAY, status: "too_soon", reason: "Needs 48 hours' notice" },
        open(FRIDAY),
        open(SATURDAY),
        { date: SUNDAY, status: "closed", reason: "Closed on Sundays" },
        open(MONDAY),
      ],
      today: TODAY,
    })
    expect(days.map(({ date, status, message }) => ({ date, status, message }))).toEqual([
      { date: TODAY, status: "too_soon", message: "Needs 48 hours' notice" },
      { date: FRIDAY, status: "no_room", message: "Friday has only 1 left of its celebration cakes (your basket needs 2) — Monday has room." },
      { date: SATURDAY, status: "no_room", message: "Saturday is fully booked for celebration cakes — Monday has room." },
      { date: SUNDAY, status: "closed", message: "Closed on Sundays" },
      { date: MONDAY, status: "fits", message: null },
    ])
    expect(days[2].groups).toEqual([{ group_id: cakes.id, name: "Celebration cakes", unit: "cakes", needed: 2, left: 0 }])
  })

  it("lets every open day through for a basket with nothing on the plan", () => {
    const days = listBasketDays({ book: book(), needs: [], days: [open(FRIDAY), open(SATURDAY)], today: TODAY })
    expect(days.map((d) => d.status)).toEqual(["fits", "fits"])
  })
})

describe("the product page", () => {
  it("says how many of each variant are left per day, and why none", () => {
    const days = listProductDays({
      book: book({ [bookedKey(cupcakes.id, FRIDAY)]: 110, [bookedKey(cupcakes.id, SATURDAY)]: 180 }),
      items,
      variant_ids: ["var_cupcake_1", "var_cupcake_12"],
      days: [open(FRIDAY), open(SATURDAY), open(SUNDAY), { date: MONDAY, status: "closed", reason: "Memorial Day" }],
      today: TODAY,
    })
    expect(days).toEqual([
      {
        date: FRIDAY,
        status: "available",
        message: null,
        variants: [
          { variant_id: "var_cupcake_1", left: 10 },
          // Ten cupcakes left make no box of twelve.
          { variant_id: "var_cupcake_12", left: 0 },
        ],
      },
      {
        date: SATURDAY,
        status: "sold_out",
        message: "Sold out for Saturday",
        variants: [
          { variant_id: "var_cupcake_1", left: 0 },
          { variant_id: "var_cupcake_12", left: 0 },
        ],
      },
      {
        date: SUNDAY,
        status: "not_baked",
        message: "Not baked on Sunday",
        variants: [
          { variant_id: "var_cupcake_1", left: 0 },
          { variant_id: "var_cupcake_12", left: 0 },
        ],
      },
      {
        date: MONDAY,
        status: "closed",
        message: "Memorial Day",
        variants: [
          { variant_id: "var_cupcake_1", left: 0 },
          { variant_id: "var_cupcake_12", left: 0 },
        ],
      },
    ])
  })

  it("leaves a product off the plan unlimited on open days", () => {
    const [day] = listProductDays({ book: book(), items, variant_ids: ["var_cookie"], days: [open(FRIDAY)], today: TODAY })
    expect(day).toEqual({ date: FRIDAY, status: "available", message: null, variants: [{ variant_id: "var_cookie", left: null }] })
  })
})

describe("the production sheet's plan", () => {
  it("shows planned, ordered, still completing and left per group, canceled orders left out, card orders over the plan named", () => {
    const load = dayPlanLoad({
      book: book({}, [{ group_id: cakes.id, date: SATURDAY, quantity: 16, reason: null }]),
      date: SATURDAY,
      bookings: [
        { group_id: cakes.id, units: 10, over_plan: false, order: { display_id: 7, status: "pending" } },
        { group_id: cakes.id, units: 4, over_plan: false, order: { display_id: 9, status: "completed" } },
        { group_id: cakes.id, units: 2, over_plan: false, order: null },
        { group_id: cakes.id, units: 3, over_plan: true, order: { display_id: 12, status: "pending" } },
        { group_id: cakes.id, units: 5, over_plan: false, order: { display_id: 8, status: "canceled" } },
        { group_id: sourdough.id, units: 6, over_plan: false, order: { display_id: 10, status: "pending" } },
      ],
    })
    expect(load).toEqual([
      { group_id: cakes.id, name: "Celebration cakes", unit: "cakes", planned: 16, ordered: 17, pending: 2, left: -3, over_plan_orders: [12] },
      { group_id: cupcakes.id, name: "Cupcakes", unit: "cupcakes", planned: 180, ordered: 0, pending: 0, left: 180, over_plan_orders: [] },
      { group_id: sourdough.id, name: "Sourdough", unit: "loaves", planned: 30, ordered: 6, pending: 0, left: 24, over_plan_orders: [] },
    ])
  })
})
