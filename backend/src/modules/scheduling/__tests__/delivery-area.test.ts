import { describe, expect, it } from "vitest"
import { deliveryAreaProblem, zipOf } from "../delivery-area"

const area = { delivery_zip_codes: ["11215", "11217"], delivery_minimum_order: 35 }

describe("deliveryAreaProblem", () => {
  it("accepts a ZIP in the area at or above the minimum order", () => {
    expect(deliveryAreaProblem(area, { postal_code: "11215", item_subtotal: 35, currency_code: "usd" })).toBeNull()
    expect(deliveryAreaProblem(area, { postal_code: "11217-2301", item_subtotal: 80, currency_code: "usd" })).toBeNull()
  })

  it("asks for an address when there is no usable ZIP", () => {
    for (const postal_code of [undefined, null, "", "Brooklyn"]) {
      expect(deliveryAreaProblem(area, { postal_code, item_subtotal: 50, currency_code: "usd" })).toMatch(
        /add your delivery address/
      )
    }
  })

  it("refuses a ZIP outside the area and lists the ones served", () => {
    expect(deliveryAreaProblem(area, { postal_code: "10001", item_subtotal: 50, currency_code: "usd" })).toBe(
      "Sorry, we don't deliver to 10001. We deliver to 11215, 11217; pickup at the shop is always available."
    )
  })

  it("refuses an order below the minimum, in dollars and cents", () => {
    expect(deliveryAreaProblem(area, { postal_code: "11215", item_subtotal: 12.5, currency_code: "usd" })).toBe(
      "Local delivery needs an order of at least $35.00; your items come to $12.50. Add a treat or choose pickup."
    )
  })
})

describe("zipOf", () => {
  it("reads five-digit and ZIP+4 codes", () => {
    expect(zipOf(" 11215 ")).toBe("11215")
    expect(zipOf("11215-1234")).toBe("11215")
    expect(zipOf("1121")).toBeNull()
  })
})
