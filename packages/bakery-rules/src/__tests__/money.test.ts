import { describe, expect, it } from "vitest"
import { formatMoney } from "../money"

describe("formatMoney", () => {
  it("formats Medusa v2 major units without dividing by 100", () => {
    expect(formatMoney(12.5, "usd")).toBe("$12.50")
    expect(formatMoney(1250, "usd")).toBe("$1,250.00")
  })

  it("accepts currency codes in either case and treats missing amounts as zero", () => {
    expect(formatMoney(3, "USD")).toBe("$3.00")
    expect(formatMoney(undefined)).toBe("$0.00")
  })

  it("uses the currency's own symbol", () => {
    expect(formatMoney(4.2, "eur")).toBe("€4.20")
  })
})
