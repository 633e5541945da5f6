import { describe, expect, it } from "vitest"
import { safeNextPath } from "../forms"

describe("safeNextPath", () => {
  it.each([
    ["//evil.example"],
    ["/%09/evil.example"],
    ["/\t/evil.example"],
    ["/\\evil.example"],
    ["/%5Cevil.example"],
    ["/%2F/evil.example"],
    ["https://evil.example"],
    ["javascript:alert(1)"],
    ["account"],
    [""],
    [null],
    [undefined],
  ])("refuses %j and goes to the fallback", (value) => {
    expect(safeNextPath(value, "/account")).toBe("/account")
  })

  it.each([
    ["/account", "/account"],
    ["/products?x=1", "/products?x=1"],
    ["/account/orders/order_01ABC", "/account/orders/order_01ABC"],
    ["/products/lemon-tart#reviews", "/products/lemon-tart#reviews"],
  ])("keeps the shop's own page %j", (value, expected) => {
    expect(safeNextPath(value)).toBe(expected)
  })
})
