import { describe, expect, it } from "vitest"
import type { BakeryProduct } from "../../medusa/types"
import { diffSnapshots, isEmptyDiff, pagesToRender, shownOnPages, type CatalogSnapshot } from "../snapshot"

const snapshot = (products: [string, string, string[]][], categories: [string, string][] = []): CatalogSnapshot => ({
  products: new Map(products.map(([handle, hash, cats]) => [handle, { handle, hash, categories: cats }])),
  categories: new Map(categories),
})

const categories: [string, string][] = [
  ["cookies", "c1"],
  ["breads", "b1"],
]
const before = snapshot(
  [
    ["choc-chip", "h1", ["cookies"]],
    ["oat-raisin", "h2", ["cookies"]],
    ["sourdough", "h3", ["breads"]],
  ],
  categories,
)

describe("diffSnapshots", () => {
  it("finds nothing when nothing changed", () => {
    const diff = diffSnapshots(before, before)
    expect(isEmptyDiff(diff)).toBe(true)
    expect(pagesToRender(diff)).toEqual({ render: [], remove: [] })
  })

  it("re-renders a changed product, its related products, its category and home", () => {
    const after = snapshot(
      [
        ["choc-chip", "h1-new-price", ["cookies"]],
        ["oat-raisin", "h2", ["cookies"]],
        ["sourdough", "h3", ["breads"]],
      ],
      categories,
    )
    const diff = diffSnapshots(before, after)
    expect(diff.write).toEqual(["choc-chip"])
    expect(diff.related).toEqual(["oat-raisin"])
    expect(pagesToRender(diff)).toEqual({
      render: ["/products/choc-chip", "/products/oat-raisin", "/categories/cookies", "/"],
      remove: [],
    })
  })

  it("writes new products and deletes unpublished ones", () => {
    const after = snapshot(
      [
        ["choc-chip", "h1", ["cookies"]],
        ["sourdough", "h3", ["breads"]],
        ["rye", "h4", ["breads"]],
      ],
      categories,
    )
    const diff = diffSnapshots(before, after)
    expect(diff.write).toEqual(["rye"])
    expect(diff.remove).toEqual(["oat-raisin"])
    expect(new Set(diff.categories)).toEqual(new Set(["cookies", "breads"]))
    const pages = pagesToRender(diff)
    expect(pages.remove).toEqual(["/products/oat-raisin"])
    expect(pages.render).toContain("/products/rye")
    expect(pages.render).toContain("/products/sourdough")
    expect(pages.render).not.toContain("/products/oat-raisin")
  })

  it("re-renders both the old and the new category when a product moves", () => {
    const after = snapshot(
      [
        ["choc-chip", "h1", ["cookies"]],
        ["oat-raisin", "h2-moved", ["breads"]],
        ["sourdough", "h3", ["breads"]],
      ],
      categories,
    )
    expect(new Set(diffSnapshots(before, after).categories)).toEqual(new Set(["cookies", "breads"]))
  })

  it("handles category edits and removals", () => {
    const after = snapshot([...before.products.values()].map((p) => [p.handle, p.hash, p.categories]), [["cookies", "c2"]])
    const diff = diffSnapshots(before, after)
    expect(diff.categories).toEqual(["cookies"])
    expect(diff.removedCategories).toEqual(["breads"])
    expect(pagesToRender(diff).remove).toEqual(["/categories/breads"])
    expect(diff.home).toBe(true)
  })
})

describe("shownOnPages", () => {
  const croissant = (inventory_quantity: number, extra: Partial<BakeryProduct> = {}) =>
    ({
      id: "prod_1",
      title: "Butter croissant",
      handle: "butter-croissant",
      updated_at: "2026-11-30T06:00:00.000Z",
      thumbnail: "/static/croissant.webp",
      images: [{ id: "img_1", url: "/static/croissant.webp" }],
      categories: [{ id: "c2", handle: "viennoiserie" }, { id: "c1", handle: "breakfast" }],
      collection: null,
      variants: [{ id: "var_1", updated_at: "2026-11-30T06:00:00.000Z", manage_inventory: true, allow_backorder: false, inventory_quantity, calculated_price: { calculated_amount: 3.5 } }],
      ...extra,
    }) as unknown as BakeryProduct

  it("ignores stock changes a page does not show", () => {
    expect(shownOnPages(croissant(39))).toEqual(shownOnPages(croissant(40)))
  })

  it("changes when the stock label, price or categories change", () => {
    const plenty = shownOnPages(croissant(40))
    expect(shownOnPages(croissant(5))).not.toEqual(plenty)
    expect(shownOnPages(croissant(4))).not.toEqual(shownOnPages(croissant(5)))
    expect(shownOnPages(croissant(0))).not.toEqual(shownOnPages(croissant(1)))
    const dearer = croissant(40)
    dearer.variants![0].calculated_price!.calculated_amount = 3.75
    expect(shownOnPages(dearer)).not.toEqual(plenty)
    expect(plenty.categories).toEqual(["breakfast", "viennoiserie"])
  })
})
