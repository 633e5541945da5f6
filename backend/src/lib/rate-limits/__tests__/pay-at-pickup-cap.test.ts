import { describe, expect, it } from "vitest"
import {
  isOpenPayAtPickupOrder,
  normalisePhone,
  payAtPickupCapProblem,
  payAtPickupDailyCap,
  startOfBakeryDay,
  type PlacedOrderFacts,
} from "../pay-at-pickup-cap"

const order = (facts: Partial<PlacedOrderFacts> = {}): PlacedOrderFacts => ({
  email: "jane@example.com",
  phone: "+1 718 555 0100",
  status: "pending",
  has_fulfillment: false,
  pay_at_pickup: true,
  ...facts,
})

describe("pay-at-pickup daily cap", () => {
  it("lets the third open order through and refuses the fourth, by email", () => {
    const cart = { email: "Jane@Example.com ", phone: null }
    expect(payAtPickupCapProblem(cart, [order(), order()], 3)).toBeNull()
    expect(payAtPickupCapProblem(cart, [order(), order(), order()], 3)).toBe(
      "You already have 3 pay-at-pickup orders waiting today with this email address, the most we hold per customer. Please call the bakery to order more today."
    )
  })

  it("counts the phone number across emails, however it is written", () => {
    const orders = [
      order({ email: "a@example.com", phone: "718-555-0100" }),
      order({ email: "b@example.com", phone: "(718) 555 0100" }),
      order({ email: "c@example.com", phone: "17185550100" }),
    ]
    expect(payAtPickupCapProblem({ email: "d@example.com", phone: "+1 718 555 0100" }, orders, 3)).toMatch(/with this phone number/)
    expect(payAtPickupCapProblem({ email: "d@example.com", phone: "+1 347 555 0142" }, orders, 3)).toBeNull()
    expect(payAtPickupCapProblem({ email: "d@example.com", phone: null }, orders, 3)).toBeNull()
  })

  it("counts only open pay-at-pickup orders", () => {
    expect(isOpenPayAtPickupOrder(order())).toBe(true)
    expect(isOpenPayAtPickupOrder(order({ status: "canceled" }))).toBe(false)
    expect(isOpenPayAtPickupOrder(order({ status: "completed" }))).toBe(false)
    expect(isOpenPayAtPickupOrder(order({ has_fulfillment: true }))).toBe(false)
    expect(isOpenPayAtPickupOrder(order({ pay_at_pickup: false }))).toBe(false)
    const cart = { email: "jane@example.com", phone: null }
    const closed = [order({ status: "canceled" }), order({ has_fulfillment: true }), order({ pay_at_pickup: false })]
    expect(payAtPickupCapProblem(cart, [order(), order(), ...closed], 3)).toBeNull()
  })

  it("reads the cap from PAY_AT_PICKUP_DAILY_CAP and refuses nonsense", () => {
    expect(payAtPickupDailyCap({})).toBe(3)
    expect(payAtPickupDailyCap({ PAY_AT_PICKUP_DAILY_CAP: "1" })).toBe(1)
    expect(() => payAtPickupDailyCap({ PAY_AT_PICKUP_DAILY_CAP: "-2" })).toThrow(/PAY_AT_PICKUP_DAILY_CAP/)
    expect(payAtPickupCapProblem({ email: "jane@example.com", phone: null }, [order()], 1)).toMatch(/already have 1 pay-at-pickup order waiting/)
  })

  it("starts the day at midnight in the bakery's time zone", () => {
    // 02:30 UTC on 1 March is still 28 February in New York.
    const day = startOfBakeryDay(new Date("2026-03-01T02:30:00Z"), "America/New_York")
    expect(day.toISOString()).toBe("2026-02-28T05:00:00.000Z")
  })

  it("ignores phone fragments too short to be a number", () => {
    expect(normalisePhone("12")).toBeNull()
    expect(normalisePhone("+44 20 7946 0958")).toBe("442079460958")
  })
})
