import { describe, expect, it } from "vitest"
import {
  EMPTY_FILTERS,
  filterProductsLocally,
  paginate,
  parseProductFilters,
  productFiltersToQuery,
  productsHref,
  sortProducts,
  toBackendQuery,
  toggle,
} from "../filters"
import type { BakeryProduct } from "../../medusa/types"

const product = (title: string, price: number, tags: string[], contains: string[], mayContain: string[] = [], category = "cookies") =>
  ({
    id: title,
    title,
    handle: title.toLowerCase().replace(/ /g, "-"),
    categories: [{ handle: category }],
    variants: [{ calculated_price: { calculated_amount: price, currency_code: "usd" } }],
    bakery_profile: {
      dietary_tags: tags,
      allergens_contains: contains,
      allergens_may_contain: mayContain,
      lead_time_hours: 0,
      inscription_max_length: null,
    },
  }) as unknown as BakeryProduct

const products = [
  product("Peanut Butter Cookie", 3.5, [], ["peanuts", "wheat"]),
  product("Vegan Oat Cookie", 3, ["vegan", "nut_free"], ["wheat"]),
  product("Almond Financier", 4, ["gluten_free"], ["tree_nuts", "egg"], [], "viennoiserie-pastries"),
  product("Rice Krispie Bar", 2.5, ["gluten_free", "nut_free"], ["milk"], ["peanuts"]),
]

describe("filter URLs", () => {
  it("parses a shareable query string and drops unknown values", () => {
    const filters = parseProductFilters(new URLSearchParams("category=cookies&diet=gluten-free&diet=keto&free-from=peanuts&sort=price-desc&page=2"))
    expect(filters).toEqual({ category: "cookies", diet: ["gluten_free"], freeFrom: ["peanuts"], sort: "price-desc", page: 2 })
  })

  it("falls back to defaults for nonsense", () => {
    expect(parseProductFilters(new URLSearchParams("sort=random&page=-3&category=../x"))).toEqual(EMPTY_FILTERS)
  })

  it("builds the canonical query string, in a stable order", () => {
    const a = parseProductFilters(new URLSearchParams("free-from=peanuts&diet=vegan&diet=nut-free"))
    const b = parseProductFilters(new URLSearchParams("diet=nut-free&diet=vegan&free-from=peanuts"))
    expect(productFiltersToQuery(a)).toBe("?diet=vegan&diet=nut-free&free-from=peanuts")
    expect(productFiltersToQuery(b)).toBe(productFiltersToQuery(a))
    expect(productFiltersToQuery(EMPTY_FILTERS)).toBe("")
  })

  it("resets to page 1 when a filter changes", () => {
    const filters = { ...EMPTY_FILTERS, page: 3, diet: ["vegan" as const] }
    expect(productsHref(filters, { diet: toggle(filters.diet, "vegan") })).toBe("/products")
    expect(productsHref(filters, { page: 4 })).toBe("/products?diet=vegan&page=4")
  })

  it("maps filters to the backend's repeatable parameters", () => {
    const filters = parseProductFilters(new URLSearchParams("diet=vegan&free-from=tree-nuts"))
    expect(toBackendQuery(filters, "pcat_1")).toEqual({ category_id: ["pcat_1"], dietary_tag: ["vegan"], free_from: ["tree_nuts"] })
  })
})

describe("filterProductsLocally", () => {
  const titles = (query: string) =>
    filterProductsLocally(products, parseProductFilters(new URLSearchParams(query))).map((p) => p.title)

  it("keeps products that have every chosen dietary tag", () => {
    expect(titles("diet=gluten-free&diet=nut-free")).toEqual(["Rice Krispie Bar"])
  })

  it("treats 'may contain' as not free from", () => {
    expect(titles("free-from=peanuts")).toEqual(["Vegan Oat Cookie", "Almond Financier"])
  })

  it("filters by category handle", () => {
    expect(titles("category=viennoiserie-pastries")).toEqual(["Almond Financier"])
  })
})

describe("sorting and paging", () => {
  it("sorts by name or by cheapest price", () => {
    expect(sortProducts(products, "name").map((p) => p.title)[0]).toBe("Almond Financier")
    expect(sortProducts(products, "price-asc").map((p) => p.title)).toEqual([
      "Rice Krispie Bar",
      "Vegan Oat Cookie",
      "Peanut Butter Cookie",
      "Almond Financier",
    ])
    expect(sortProducts(products, "price-desc")[0]!.title).toBe("Almond Financier")
  })

  it("clamps the page into range", () => {
    expect(paginate([1, 2, 3, 4, 5], 9, 2)).toEqual({ items: [5], page: 3, pages: 3 })
    expect(paginate([], 1, 24)).toEqual({ items: [], page: 1, pages: 1 })
  })
})
