import { describe, expect, it } from "vitest"
import { checkDetails, isInDeliveryArea, type DetailsForm } from "../checkout-rules"

const form: DetailsForm = {
  email: "maya@example.com",
  phone: "(718) 555-0142",
  first_name: "Maya",
  last_name: "Baker",
  fulfillment: "pickup",
  address_1: "",
  address_2: "",
  city: "",
  postal_code: "",
}
const rules = { zipCodes: ["11215", "11217"], minimumOrder: 35, itemSubtotal: 40 }

describe("checkDetails", () => {
  it("accepts pickup without an address", () => {
    expect(checkDetails(form, rules)).toEqual({})
  })

  it("names each bad field", () => {
    const errors = checkDetails({ ...form, email: "maya", phone: "123", first_name: " " }, rules)
    expect(Object.keys(errors).sort()).toEqual(["email", "first_name", "phone"])
  })

  it("refuses delivery outside the delivery area, naming the ZIP", () => {
    const errors = checkDetails({ ...form, fulfillment: "delivery", address_1: "1 Main St", city: "Brooklyn", postal_code: "10001" }, rules)
    expect(errors.postal_code).toContain("10001")
    expect(errors.address_1).toBeUndefined()
  })

  it("refuses delivery under the minimum order", () => {
    const errors = checkDetails(
      { ...form, fulfillment: "delivery", address_1: "1 Main St", city: "Brooklyn", postal_code: "11215" },
      { ...rules, itemSubtotal: 20 },
    )
    expect(errors.fulfillment).toContain("$35.00")
  })

  it("reads ZIP+4 codes by their first five digits", () => {
    expect(isInDeliveryArea("11215-1234", rules.zipCodes)).toBe(true)
    expect(isInDeliveryArea("11216", rules.zipCodes)).toBe(false)
  })
})
