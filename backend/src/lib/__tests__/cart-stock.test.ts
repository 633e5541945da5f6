import { describe, expect, it } from "vitest"
import {
  describeStockShortage,
  findStockShortages,
  limitedInventoryItemIds,
  placeMissingReservations,
  reservationLocation,
  stockLineName,
  type StockLine,
} from "../cart-stock"

const SHOP = "sloc_shop"
const MARKET = "sloc_market"

const line = (overrides: Partial<StockLine> & Pick<StockLine, "quantity">): StockLine => ({
  variant_id: "variant_fudge",
  name: "Chocolate Fudge Cake",
  manage_inventory: true,
  allow_backorder: false,
  inventory_items: [{ inventory_item_id: "iitem_fudge", required_quantity: 1 }],
  ...overrides,
})

const at = (location_id: string, inventory_item_id: string, available: number) => ({
  location_id,
  inventory_item_id,
  available,
})

describe("findStockShortages", () => {
  it("sums two lines of one variant (two inscriptions) that each fit alone", () => {
    const shortages = findStockShortages({
      lines: [line({ quantity: 2 }), line({ quantity: 2 })],
      location_ids: [SHOP],
      levels: [at(SHOP, "iitem_fudge", 3)],
    })
    expect(shortages).toHaveLength(1)
    expect(shortages[0]).toMatchObject({ inventory_item_id: "iitem_fudge", location_id: SHOP, available: 3, requested: 4 })
    expect(describeStockShortage(shortages[0])).toBe("Only 3 Chocolate Fudge Cake left — your basket has 4.")
  })

  it("lets a basket take exactly what is left", () => {
    expect(
      findStockShortages({
        lines: [line({ quantity: 2 }), line({ quantity: 1 })],
        location_ids: [SHOP],
        levels: [at(SHOP, "iitem_fudge", 3)],
      })
    ).toEqual([])
  })

  it("sums two variants that share one inventory item and names both", () => {
    const slice = line({
      variant_id: "variant_slice",
      name: "Fudge Slice",
      quantity: 2,
    })
    const [shortage] = findStockShortages({
      lines: [line({ quantity: 2 }), slice],
      location_ids: [SHOP],
      levels: [at(SHOP, "iitem_fudge", 3)],
    })
    expect(shortage.requested).toBe(4)
    expect(describeStockShortage(shortage)).toBe(
      "Only 3 left of Chocolate Fudge Cake and Fudge Slice together — your basket has 4."
    )
  })

  it("multiplies by a kit's required quantity and counts kits in the message", () => {
    const box = line({
      name: "Brownie Box",
      quantity: 3,
      inventory_items: [{ inventory_item_id: "iitem_brownie", required_quantity: 2 }],
    })
    const [shortage] = findStockShortages({ lines: [box], location_ids: [SHOP], levels: [at(SHOP, "iitem_brownie", 5)] })
    expect(shortage).toMatchObject({ available: 5, requested: 6 })
    expect(describeStockShortage(shortage)).toBe("Only 2 Brownie Box left — your basket has 3.")
    expect(
      findStockShortages({ lines: [{ ...box, quantity: 2 }], location_ids: [SHOP], levels: [at(SHOP, "iitem_brownie", 5)] })
    ).toEqual([])
  })

  it("counts a kit and a single drawing on the same item in the item's units", () => {
    const [shortage] = findStockShortages({
      lines: [
        line({ name: "Brownie", quantity: 1, inventory_items: [{ inventory_item_id: "iitem_brownie", required_quantity: 1 }] }),
        line({ name: "Brownie Box", quantity: 2, inventory_items: [{ inventory_item_id: "iitem_brownie", required_quantity: 2 }] }),
      ],
      location_ids: [SHOP],
      levels: [at(SHOP, "iitem_brownie", 4)],
    })
    expect(shortage.requested).toBe(5)
    expect(describeStockShortage(shortage)).toBe("Only 4 left of Brownie and Brownie Box together — your basket has 5.")
  })

  it("checks every inventory item of a variant that needs several", () => {
    const hamper = line({
      name: "Tea Hamper",
      quantity: 2,
      inventory_items: [
        { inventory_item_id: "iitem_scone", required_quantity: 4 },
        { inventory_item_id: "iitem_jam", required_quantity: 1 },
      ],
    })
    const shortages = findStockShortages({
      lines: [hamper],
      location_ids: [SHOP],
      levels: [at(SHOP, "iitem_scone", 7), at(SHOP, "iitem_jam", 10)],
    })
    expect(shortages.map((s) => s.inventory_item_id)).toEqual(["iitem_scone"])
    expect(describeStockShortage(shortages[0])).toBe("Only 1 Tea Hamper left — your basket has 2.")
  })

  it("never limits made-to-order or backorderable variants", () => {
    expect(
      findStockShortages({
        lines: [line({ quantity: 9, manage_inventory: false }), line({ quantity: 9, allow_backorder: true })],
        location_ids: [SHOP],
        levels: [at(SHOP, "iitem_fudge", 0)],
      })
    ).toEqual([])
  })

  it("leaves backorderable lines out of a limited line's sum", () => {
    expect(
      findStockShortages({
        lines: [line({ quantity: 3 }), line({ variant_id: "variant_preorder", quantity: 5, allow_backorder: true })],
        location_ids: [SHOP],
        levels: [at(SHOP, "iitem_fudge", 3)],
      })
    ).toEqual([])
  })

  it("says sold out when nothing is left, also when reservations ran past the stock", () => {
    const [shortage] = findStockShortages({
      lines: [line({ quantity: 1 })],
      location_ids: [SHOP],
      levels: [at(SHOP, "iitem_fudge", -2)],
    })
    expect(describeStockShortage(shortage)).toBe("Sorry, Chocolate Fudge Cake is sold out — your basket has 1.")
  })

  it("treats an item with no level at the channel's locations, or a channel without locations, as sold out", () => {
    expect(findStockShortages({ lines: [line({ quantity: 1 })], location_ids: [SHOP], levels: [] })).toHaveLength(1)
    const [none] = findStockShortages({ lines: [line({ quantity: 1 })], location_ids: [], levels: [at(SHOP, "iitem_fudge", 5)] })
    expect(none).toMatchObject({ location_id: null, available: 0 })
  })

  it("judges only the items a change asks more of", () => {
    const over = line({ quantity: 5 })
    const bread = line({
      variant_id: "variant_bread",
      name: "Country Sourdough",
      quantity: 1,
      inventory_items: [{ inventory_item_id: "iitem_bread", required_quantity: 1 }],
    })
    const input = {
      lines: [over, bread],
      location_ids: [SHOP],
      levels: [at(SHOP, "iitem_fudge", 3), at(SHOP, "iitem_bread", 10)],
    }
    expect(findStockShortages({ ...input, inventory_item_ids: ["iitem_bread"] })).toEqual([])
    expect(findStockShortages({ ...input, inventory_item_ids: ["iitem_fudge"] })).toHaveLength(1)
    expect(findStockShortages({ ...input, inventory_item_ids: [] })).toEqual([])
  })

  it("sums per stock location where Medusa will reserve each line", () => {
    // The shop has 2, the market stall 5: a line of 3 is reserved at the stall, a line of 2 at the shop.
    const levels = [at(SHOP, "iitem_fudge", 2), at(MARKET, "iitem_fudge", 5)]
    expect(
      findStockShortages({ lines: [line({ quantity: 3 }), line({ quantity: 2 })], location_ids: [SHOP, MARKET], levels })
    ).toEqual([])
    // Two lines of 2 both go to the shop (each fits there alone), which has only 2.
    const [shortage] = findStockShortages({
      lines: [line({ quantity: 2 }), line({ quantity: 2 })],
      location_ids: [SHOP, MARKET],
      levels,
    })
    expect(shortage).toMatchObject({ location_id: SHOP, available: 2, requested: 4 })
  })

  it("places lines from Medusa's earlier snapshot but checks the sums against the latest levels", () => {
    const shortages = findStockShortages({
      lines: [line({ quantity: 1 }), line({ quantity: 1 })],
      location_ids: [SHOP, MARKET],
      // When the cart was read the shop had none, so Medusa reserves both at the stall...
      placement_levels: [at(SHOP, "iitem_fudge", 0), at(MARKET, "iitem_fudge", 2)],
      // ...where one has been sold since, although the shop was restocked.
      levels: [at(SHOP, "iitem_fudge", 4), at(MARKET, "iitem_fudge", 1)],
    })
    expect(shortages).toHaveLength(1)
    expect(shortages[0]).toMatchObject({ location_id: MARKET, available: 1, requested: 2 })
  })
})

describe("reservationLocation", () => {
  const placement = new Map([
    [`${SHOP}\u0000iitem_fudge`, 1],
    [`${MARKET}\u0000iitem_fudge`, 4],
  ])

  it("picks the first location with enough for the line, else the first stocking it, else the first", () => {
    expect(reservationLocation([SHOP, MARKET], placement, "iitem_fudge", 1)).toBe(SHOP)
    expect(reservationLocation([SHOP, MARKET], placement, "iitem_fudge", 3)).toBe(MARKET)
    expect(reservationLocation([SHOP, MARKET], placement, "iitem_fudge", 9)).toBe(SHOP)
    expect(reservationLocation(["sloc_new", MARKET], placement, "iitem_other", 1)).toBe("sloc_new")
    expect(reservationLocation([], placement, "iitem_fudge", 1)).toBeNull()
  })
})

describe("placeMissingReservations", () => {
  const orderLine = (item_id: string, overrides: Partial<StockLine> & Pick<StockLine, "quantity">) => ({ ...line(overrides), item_id })

  it("writes only the pairs of line and inventory item that have no reservation, kits multiplied", () => {
    const kit = orderLine("ordli_kit", {
      quantity: 2,
      inventory_items: [
        { inventory_item_id: "iitem_fudge", required_quantity: 1 },
        { inventory_item_id: "iitem_box", required_quantity: 3 },
      ],
    })
    const missing = placeMissingReservations({
      lines: [kit, orderLine("ordli_cake", { quantity: 1 })],
      reserved: new Set(["ordli_kit:iitem_fudge", "ordli_cake:iitem_fudge"]),
      location_ids: [SHOP],
      levels: [at(SHOP, "iitem_fudge", 5), at(SHOP, "iitem_box", 10)],
    })
    expect(missing).toEqual([
      { line_item_id: "ordli_kit", inventory_item_id: "iitem_box", location_id: SHOP, quantity: 6, allow_backorder: false, short: false },
    ])
  })

  it("reserves every managed line as Medusa does, backorderable ones included, and skips made-to-order ones", () => {
    const missing = placeMissingReservations({
      lines: [orderLine("ordli_pre", { quantity: 1, allow_backorder: true }), orderLine("ordli_fresh", { quantity: 1, manage_inventory: false })],
      reserved: new Set(),
      location_ids: [SHOP],
      levels: [at(SHOP, "iitem_fudge", 0)],
    })
    expect(missing).toEqual([
      { line_item_id: "ordli_pre", inventory_item_id: "iitem_fudge", location_id: SHOP, quantity: 1, allow_backorder: true, short: false },
    ])
  })

  it("counts down what each placed line takes, and marks a line beyond what is left as short, allowed past the stock", () => {
    const missing = placeMissingReservations({
      lines: [orderLine("ordli_a", { quantity: 2 }), orderLine("ordli_b", { quantity: 2 })],
      reserved: new Set(),
      location_ids: [MARKET, SHOP],
      levels: [at(MARKET, "iitem_fudge", 3), at(SHOP, "iitem_fudge", 1)],
    })
    expect(missing.map(({ line_item_id, location_id, short, allow_backorder }) => ({ line_item_id, location_id, short, allow_backorder }))).toEqual([
      { line_item_id: "ordli_a", location_id: MARKET, short: false, allow_backorder: false },
      { line_item_id: "ordli_b", location_id: MARKET, short: true, allow_backorder: true },
    ])
  })
})

describe("limitedInventoryItemIds", () => {
  it("lists each limited item once, sorted, so every completion locks in the same order", () => {
    expect(
      limitedInventoryItemIds([
        line({ quantity: 1, inventory_items: [{ inventory_item_id: "iitem_b", required_quantity: 1 }] }),
        line({ quantity: 1, inventory_items: [{ inventory_item_id: "iitem_a", required_quantity: 2 }, { inventory_item_id: "iitem_b", required_quantity: 1 }] }),
        line({ quantity: 1, allow_backorder: true, inventory_items: [{ inventory_item_id: "iitem_c", required_quantity: 1 }] }),
      ])
    ).toEqual(["iitem_a", "iitem_b"])
  })
})

describe("describeStockShortage", () => {
  it("names three products sharing an item as a list", () => {
    const lines = ["Fudge Cake", "Fudge Slice", "Fudge Cupcake"].map((name) => ({
      line: line({ name, quantity: 1 }),
      required_quantity: 1,
    }))
    expect(
      describeStockShortage({ inventory_item_id: "iitem_fudge", location_id: SHOP, available: 0, requested: 3, lines })
    ).toBe("Sorry, Fudge Cake, Fudge Slice and Fudge Cupcake are sold out — your basket has 3 between them.")
  })
})

describe("stockLineName", () => {
  it("adds the variant only when the product has several", () => {
    expect(stockLineName("Chocolate Celebration Cake", '8"', 3)).toBe('Chocolate Celebration Cake (8")')
    expect(stockLineName("Country Sourdough", "Single", 1)).toBe("Country Sourdough")
  })
})
