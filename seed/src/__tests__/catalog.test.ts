import { describe, expect, it } from "vitest"
import { categories } from "../../data/categories"
import { collections } from "../../data/collections"
import { CatalogValidationError, loadCatalog, PRODUCT_FILES, validateCatalog } from "../catalog"
import { CATEGORY_HANDLES, type CategoryHandle } from "../catalog-schema"

const catalog = loadCatalog()
const { products } = catalog

/** A deep copy of the real raw data that a test can break. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any
function rawCopy(): { categories: Loose[]; collections: Loose[]; products: Record<string, Loose[]> } {
  return structuredClone({ categories, collections, products: PRODUCT_FILES }) as Loose
}

function errorOf(fn: () => unknown): CatalogValidationError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogValidationError)
    return error as CatalogValidationError
  }
  throw new Error("expected validateCatalog to throw")
}

describe("the real catalog", () => {
  it("parses through the schemas", () => {
    expect(() => loadCatalog()).not.toThrow()
    expect(catalog.categories.map((c) => c.handle)).toEqual([...CATEGORY_HANDLES])
    expect(catalog.collections.map((c) => c.handle).sort()).toEqual(["best-sellers", "seasonal", "weekend-specials"])
  })

  it("has at least 190 products", () => {
    expect(products.length).toBeGreaterThanOrEqual(190)
  })

  it("has products in every category, roughly as planned", () => {
    const minimum: Record<CategoryHandle, number> = {
      "celebration-cakes": 20,
      cupcakes: 18,
      cookies: 20,
      "brownies-bars": 12,
      breads: 20,
      "viennoiserie-pastries": 20,
      "pies-tarts": 14,
      cheesecakes: 10,
      "gluten-free": 10,
      vegan: 10,
      seasonal: 10,
      "custom-cakes": 5,
      "drinks-extras": 6,
    }
    for (const handle of CATEGORY_HANDLES) {
      expect(products.filter((p) => p.category === handle).length, handle).toBeGreaterThanOrEqual(minimum[handle])
    }
  })

  it("files every product under its own category", () => {
    for (const [file, list] of Object.entries(PRODUCT_FILES)) {
      for (const product of list) expect(`${product.category}.ts`, product.handle).toBe(file)
    }
  })

  it("has unique, lowercase-hyphenated handles and unique titles", () => {
    const handles = products.map((p) => p.handle)
    expect(new Set(handles).size).toBe(handles.length)
    for (const handle of handles) expect(handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    const titles = products.map((p) => p.title.toLowerCase())
    expect(new Set(titles).size).toBe(titles.length)
    for (const title of titles) expect(title).not.toMatch(/product \d+/)
  })

  it("has a unique SC- SKU on every variant", () => {
    const skus = products.flatMap((p) => p.variants.map((v) => v.sku))
    expect(new Set(skus).size).toBe(skus.length)
    for (const sku of skus) expect(sku).toMatch(/^SC-[A-Z0-9-]+$/)
  })

  it("gives each variant exactly the product's options, with allowed values, each combination once", () => {
    for (const product of products) {
      const titles = product.options.map((o) => o.title).sort()
      const combinations = new Set<string>()
      for (const variant of product.variants) {
        expect(Object.keys(variant.options).sort(), product.handle).toEqual(titles)
        for (const option of product.options) {
          expect(option.values, `${product.handle} ${variant.sku}`).toContain(variant.options[option.title])
        }
        combinations.add(JSON.stringify(titles.map((t) => variant.options[t])))
      }
      expect(combinations.size, product.handle).toBe(product.variants.length)
      // Every option value is sold as some variant.
      for (const option of product.options) {
        for (const value of option.values) {
          expect(product.variants.some((v) => v.options[option.title] === value), `${product.handle} ${value}`).toBe(true)
        }
      }
    }
  })

  it("has sensible prices, weights and stock, with a few variants sold out", () => {
    for (const product of products) {
      for (const variant of product.variants) {
        expect(variant.price_usd, variant.sku).toBeGreaterThan(0)
        expect(variant.price_usd, variant.sku).toBeLessThanOrEqual(600)
        expect(Math.round(variant.price_usd * 100), variant.sku).toBe(variant.price_usd * 100)
        expect(variant.weight_grams, variant.sku).toBeGreaterThan(0)
        expect(variant.stock, variant.sku).toBeGreaterThanOrEqual(0)
        expect(variant.stock, variant.sku).toBeLessThanOrEqual(60)
      }
      // Bigger sizes and boxes cost more.
      const byPrice = [...product.variants].sort((a, b) => a.weight_grams - b.weight_grams)
      if (product.options.length === 1 && product.variants.length > 1 && product.options[0].title !== "Number" && product.options[0].title !== "Design") {
        for (let i = 1; i < byPrice.length; i++) expect(byPrice[i].price_usd, product.handle).toBeGreaterThan(byPrice[i - 1].price_usd)
      }
    }
    const soldOut = products.flatMap((p) => p.variants).filter((v) => v.stock === 0)
    expect(soldOut.length).toBeGreaterThanOrEqual(3)
    expect(soldOut.length).toBeLessThan(20)
  })

  it("prices the classics the way the bakery does", () => {
    const price = (handle: string, option: string) => products.find((p) => p.handle === handle)!.variants.find((v) => v.title === option)!.price_usd
    expect(price("all-butter-croissant", "Single")).toBe(3.75)
    expect(price("triple-chocolate-fudge-cake", '6"')).toBeGreaterThanOrEqual(36)
    expect(price("triple-chocolate-fudge-cake", '10"')).toBeLessThanOrEqual(80)
    for (const loaf of products.filter((p) => p.category === "breads" && p.variants[0].title === "Whole loaf")) {
      expect(loaf.variants[0].price_usd, loaf.handle).toBeGreaterThanOrEqual(7.5)
      expect(loaf.variants[0].price_usd, loaf.handle).toBeLessThanOrEqual(9)
    }
  })

  it("follows the bakery's lead times", () => {
    const rule: Record<CategoryHandle, [number, number]> = {
      "celebration-cakes": [48, 48],
      cupcakes: [24, 24],
      cookies: [0, 12],
      "brownies-bars": [0, 12],
      breads: [0, 0],
      "viennoiserie-pastries": [0, 0],
      "pies-tarts": [24, 24],
      cheesecakes: [24, 24],
      "gluten-free": [0, 48],
      vegan: [0, 48],
      seasonal: [24, 48],
      "custom-cakes": [72, 72],
      "drinks-extras": [0, 0],
    }
    for (const product of products) {
      const [min, max] = rule[product.category]
      expect(product.lead_time_hours, product.handle).toBeGreaterThanOrEqual(min)
      expect(product.lead_time_hours, product.handle).toBeLessThanOrEqual(max)
    }
  })

  it("takes inscriptions on cakes (20–40 characters) and on a few other things", () => {
    for (const product of products) {
      if (product.category === "celebration-cakes" || product.category === "custom-cakes") {
        expect(product.inscription_max_length, product.handle).not.toBeNull()
      }
      if (product.inscription_max_length !== null) {
        expect(product.inscription_max_length, product.handle).toBeGreaterThanOrEqual(20)
        expect(product.inscription_max_length, product.handle).toBeLessThanOrEqual(40)
      }
    }
    for (const category of ["breads", "viennoiserie-pastries", "pies-tarts", "cheesecakes"]) {
      expect(products.filter((p) => p.category === category).every((p) => p.inscription_max_length === null), category).toBe(true)
    }
    expect(products.filter((p) => p.category === "cupcakes" && p.inscription_max_length !== null).length).toBeGreaterThan(0)
    expect(products.filter((p) => p.category === "cookies" && p.inscription_max_length !== null).length).toBeGreaterThan(0)
  })

  it("keeps dietary tags consistent with allergens", () => {
    for (const product of products) {
      const { contains, may_contain } = product.allergens
      if (product.dietary_tags.includes("vegan")) {
        expect(contains.filter((a) => ["milk", "egg", "fish", "crustacean_shellfish"].includes(a)), product.handle).toEqual([])
      }
      if (product.dietary_tags.includes("gluten_free")) {
        expect([...contains, ...may_contain], product.handle).not.toContain("wheat")
      }
      if (product.dietary_tags.includes("nut_free")) {
        expect([...contains, ...may_contain].filter((a) => a === "tree_nuts" || a === "peanuts"), product.handle).toEqual([])
      }
    }
    for (const product of products.filter((p) => p.category === "vegan")) expect(product.dietary_tags, product.handle).toContain("vegan")
    for (const product of products.filter((p) => p.category === "gluten-free")) expect(product.dietary_tags, product.handle).toContain("gluten_free")
  })

  it("lists the allergens the recipes imply", () => {
    const find = (handle: string) => products.find((p) => p.handle === handle)!
    expect(find("all-butter-croissant").allergens.contains.sort()).toEqual(["egg", "milk", "wheat"])
    expect(find("all-butter-croissant").allergens.may_contain).toContain("tree_nuts")
    expect(find("country-sourdough").allergens.contains).toEqual(["wheat"])
    expect(find("country-sourdough").dietary_tags).toContain("vegan")
    // Anything with nuts, peanuts or chocolate in its name declares them.
    for (const product of products) {
      const name = `${product.handle} ${product.title}`.toLowerCase()
      if (/almond|pistachio|pecan|walnut|hazelnut|macadamia/.test(name)) expect(product.allergens.contains, product.handle).toContain("tree_nuts")
      if (/peanut/.test(name)) expect(product.allergens.contains, product.handle).toContain("peanuts")
      if (/chocolate|brownie|pain-au-chocolat/.test(name) && !/white/.test(name)) expect(product.allergens.contains, product.handle).toContain("soy")
    }
  })

  it("merchandises about a dozen best sellers, ten weekend specials and the seasonal range", () => {
    const inCollection = (handle: string) => products.filter((p) => p.collections.includes(handle as never))
    expect(inCollection("best-sellers").length).toBeGreaterThanOrEqual(10)
    expect(inCollection("best-sellers").length).toBeLessThanOrEqual(15)
    expect(inCollection("weekend-specials").length).toBeGreaterThanOrEqual(8)
    expect(inCollection("weekend-specials").length).toBeLessThanOrEqual(13)
    for (const product of products.filter((p) => p.category === "seasonal")) expect(product.collections, product.handle).toContain("seasonal")
  })

  it("writes descriptions a customer wants to read", () => {
    for (const product of products) {
      const sentences = product.description.split(/(?<=[.!?])\s+(?=[A-Z0-9"'])/).filter(Boolean)
      expect(sentences.length, product.handle).toBeGreaterThanOrEqual(2)
      expect(sentences.length, product.handle).toBeLessThanOrEqual(4)
      expect(product.description, product.handle).not.toMatch(/lorem|ipsum|TODO/i)
    }
  })

  it("gives every product art with a known shape and three colours", () => {
    for (const product of products) {
      expect(product.art.colours, product.handle).toHaveLength(3)
      for (const colour of product.art.colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/)
    }
  })
})

describe("validateCatalog", () => {
  it("accepts an untouched copy of the data", () => {
    expect(validateCatalog(rawCopy()).products).toHaveLength(products.length)
  })

  it("names the file, product and field of a missing price", () => {
    const raw = rawCopy()
    const product = raw.products["cupcakes.ts"].find((p: Loose) => p.handle === "red-velvet-cupcake")
    delete product.variants[0].price_usd
    expect(() => validateCatalog(raw)).toThrow('seed/data/products/cupcakes.ts: product "red-velvet-cupcake": variants.0.price_usd: Required')
  })

  it("rejects a duplicate handle and says where the first one is", () => {
    const raw = rawCopy()
    const copy = structuredClone(raw.products["cookies.ts"][0])
    copy.category = "cupcakes"
    copy.variants.forEach((v: Loose, i: number) => (v.sku = `SC-CUP-COPY-${i}`))
    raw.products["cupcakes.ts"].push(copy)
    const error = errorOf(() => validateCatalog(raw))
    // cupcakes.ts comes before cookies.ts, so the copy is seen first and the original is the duplicate.
    expect(error.message).toContain(
      'seed/data/products/cookies.ts: product "brown-butter-chocolate-chip-cookie": handle: duplicate handle: already used by a product in seed/data/products/cupcakes.ts',
    )
    expect(error.issues).toHaveLength(1)
  })

  it("rejects a duplicate SKU across products", () => {
    const raw = rawCopy()
    raw.products["breads.ts"][1].variants[0].sku = raw.products["breads.ts"][0].variants[0].sku
    expect(() => validateCatalog(raw)).toThrow(
      `seed/data/products/breads.ts: product "${raw.products["breads.ts"][1].handle}": variants.0.sku: duplicate SKU SC-BRD-SOUR-1: already used by product "country-sourdough" (seed/data/products/breads.ts)`,
    )
  })

  it("rejects an unknown category", () => {
    const raw = rawCopy()
    raw.products["cookies.ts"][2].category = "donuts"
    expect(() => validateCatalog(raw)).toThrow(/^seed\/data\/products\/cookies\.ts: product "oatmeal-raisin-cookie": category: unknown category "donuts"/)
  })

  it("rejects a product filed under another category's file", () => {
    const raw = rawCopy()
    raw.products["cookies.ts"][2].category = "cupcakes"
    expect(() => validateCatalog(raw)).toThrow('seed/data/products/cookies.ts: product "oatmeal-raisin-cookie": category: "cupcakes" does not belong in cookies.ts')
  })

  it("rejects an unknown collection", () => {
    const raw = rawCopy()
    raw.products["breads.ts"][0].collections = ["bestsellers"]
    expect(() => validateCatalog(raw)).toThrow('seed/data/products/breads.ts: product "country-sourdough": collections.0: unknown collection "bestsellers"')
  })

  it("rejects variant option values and option names the product doesn't have", () => {
    const raw = rawCopy()
    const cake = raw.products["celebration-cakes.ts"].find((p: Loose) => p.handle === "triple-chocolate-fudge-cake")
    cake.variants[0].options.Size = '7"'
    cake.variants[1].options.Colour = "Red"
    const error = errorOf(() => validateCatalog(raw))
    expect(error.message).toContain('seed/data/products/celebration-cakes.ts: product "triple-chocolate-fudge-cake": variants.0.options.Size: must be one of 6", 8", 10"')
    expect(error.message).toContain('product "triple-chocolate-fudge-cake": variants.1.options.Colour: "Colour" is not one of this product\'s options (Size)')
  })

  it("rejects two variants with the same options and option values no variant sells", () => {
    const raw = rawCopy()
    const cake = raw.products["celebration-cakes.ts"].find((p: Loose) => p.handle === "triple-chocolate-fudge-cake")
    cake.variants[2].options.Size = '8"'
    const error = errorOf(() => validateCatalog(raw))
    expect(error.message).toContain('product "triple-chocolate-fudge-cake": variants.2.options: same options as variants.1 (Size=8")')
  })

  it("rejects dietary tags that contradict the allergens", () => {
    const raw = rawCopy()
    const sourdough = raw.products["breads.ts"].find((p: Loose) => p.handle === "country-sourdough")
    sourdough.dietary_tags.push("gluten_free")
    expect(() => validateCatalog(raw)).toThrow('seed/data/products/breads.ts: product "country-sourdough": dietary_tags: gluten-free products cannot contain wheat')
  })

  it("names products without a handle by position", () => {
    const raw = rawCopy()
    delete raw.products["vegan.ts"][3].handle
    expect(() => validateCatalog(raw)).toThrow("seed/data/products/vegan.ts: product #3: handle: Required")
  })

  it("rejects a category missing from categories.ts and an empty category", () => {
    const raw = rawCopy()
    raw.categories = raw.categories.filter((c: Loose) => c.handle !== "vegan")
    expect(() => validateCatalog(raw)).toThrow('seed/data/categories.ts: category "vegan": missing')
    const empty = rawCopy()
    empty.products["vegan.ts"] = []
    expect(() => validateCatalog(empty)).toThrow('seed/data/products/vegan.ts: no products in category "vegan"')
  })

  it("lists several problems, one per line, first problem first", () => {
    const raw = rawCopy()
    delete raw.products["cupcakes.ts"][0].variants[0].price_usd
    raw.products["cookies.ts"][0].title = ""
    const error = errorOf(() => validateCatalog(raw))
    const lines = error.message.split("\n")
    expect(lines[0]).toMatch(/^seed\/data\/products\/cupcakes\.ts: product "vanilla-bean-cupcake": variants\.0\.price_usd: Required$/)
    expect(lines[1]).toMatch(/^seed\/data\/products\/cookies\.ts: product "brown-butter-chocolate-chip-cookie": title: /)
    expect(error.issues.map((i) => i.path)).toEqual(["variants.0.price_usd", "title"])
  })
})
