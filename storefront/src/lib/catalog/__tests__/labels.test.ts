import { describe, expect, it } from "vitest"
import { allergenStatement, leadTimeNotice } from "../labels"
import { stockLabel, stockState } from "../pricing"

describe("product labels", () => {
  it("writes the allergen statement customers read", () => {
    expect(allergenStatement(["milk", "egg", "wheat"], ["tree_nuts"])).toBe("Contains: milk, egg, wheat · May contain: tree nuts")
    expect(allergenStatement([], ["peanuts"])).toBe("May contain: peanuts")
    expect(allergenStatement([], [])).toBeNull()
  })

  it("says how far ahead to order", () => {
    expect(leadTimeNotice(48)).toBe("Order at least 2 days ahead")
    expect(leadTimeNotice(24)).toBe("Order at least 1 day ahead")
    expect(leadTimeNotice(12)).toBe("Order at least 12 hours ahead")
    expect(leadTimeNotice(0)).toBeNull()
  })

  it("tells in stock, only N left and sold out apart", () => {
    const managed = { manage_inventory: true, allow_backorder: false }
    expect(stockLabel(stockState({ ...managed, inventory_quantity: 40 }))).toBe("In stock")
    expect(stockLabel(stockState({ ...managed, inventory_quantity: 3 }))).toBe("Only 3 left")
    expect(stockLabel(stockState({ ...managed, inventory_quantity: 0 }))).toBe("Sold out")
    expect(stockState({ manage_inventory: false, allow_backorder: false, inventory_quantity: 0 }).kind).toBe("in_stock")
  })
})
