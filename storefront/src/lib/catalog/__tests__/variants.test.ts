import { describe, expect, it } from "vitest"
import { defaultVariant, findVariant, optionGroups, summariseVariants } from "../variants"
import type { BakeryProduct } from "../../medusa/types"

const variant = (id: string, size: string, flavour: string, price: number, stock: number) => ({
  id,
  title: `${size} / ${flavour}`,
  manage_inventory: true,
  allow_backorder: false,
  inventory_quantity: stock,
  calculated_price: { calculated_amount: price, currency_code: "usd" },
  options: [
    { option_id: "opt_size", value: size },
    { option_id: "opt_flavour", value: flavour },
  ],
})

const cake = {
  id: "prod_cake",
  title: "Classic Birthday Cake",
  options: [
    { id: "opt_size", title: "Size", values: [{ value: '6"' }, { value: '8"' }] },
    { id: "opt_flavour", title: "Flavour", values: [{ value: "Vanilla" }, { value: "Lemon" }] },
  ],
  variants: [
    variant("v1", '6"', "Vanilla", 38, 0),
    variant("v2", '6"', "Lemon", 38, 3),
    variant("v3", '8"', "Vanilla", 52, 20),
    variant("v4", '8"', "Lemon", 52, 20),
  ],
} as unknown as BakeryProduct

describe("variant picker", () => {
  it("lists the option groups in order", () => {
    expect(optionGroups(cake).map((g) => [g.title, g.values])).toEqual([
      ["Size", ['6"', '8"']],
      ["Flavour", ["Vanilla", "Lemon"]],
    ])
  })

  it("finds the variant for a full choice, and none for a partial one", () => {
    expect(findVariant(cake, ['8"', "Lemon"])?.id).toBe("v4")
    expect(findVariant(cake, ['8"', undefined])).toBeUndefined()
  })

  it("starts on the first variant that can still be bought", () => {
    expect(defaultVariant(cake)?.id).toBe("v2")
  })

  it("summarises price and stock per variant for the page script", () => {
    const [first, second] = summariseVariants(cake)
    expect(first).toMatchObject({ id: "v1", values: ['6"', "Vanilla"], price: "$38.00", stock: "Sold out", soldOut: true })
    expect(second).toMatchObject({ id: "v2", stock: "Only 3 left", soldOut: false })
  })
})
