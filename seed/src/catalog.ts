/**
 * The bakery catalog as data: loads `seed/data/**` and validates it with the
 * zod schemas in `catalog-schema.ts`, plus the rules a single product can't
 * check on its own (unique handles and SKUs across files, categories and
 * collections that exist, products filed under their own category…).
 *
 * Problems are reported as `<data file>: <item>: <field path>: <message>`, e.g.
 * `seed/data/products/cupcakes.ts: product "red-velvet-cupcake": variants.0.price_usd: Required`
 */
import { categories } from "../data/categories"
import { collections } from "../data/collections"
import type { ProductInput } from "../data/helpers"
import { products as breads } from "../data/products/breads"
import { products as browniesBars } from "../data/products/brownies-bars"
import { products as celebrationCakes } from "../data/products/celebration-cakes"
import { products as cheesecakes } from "../data/products/cheesecakes"
import { products as cookies } from "../data/products/cookies"
import { products as cupcakes } from "../data/products/cupcakes"
import { products as customCakes } from "../data/products/custom-cakes"
import { products as drinksExtras } from "../data/products/drinks-extras"
import { products as glutenFree } from "../data/products/gluten-free"
import { products as piesTarts } from "../data/products/pies-tarts"
import { products as seasonal } from "../data/products/seasonal"
import { products as vegan } from "../data/products/vegan"
import { products as viennoiseriePastries } from "../data/products/viennoiserie-pastries"
import {
  CATEGORY_HANDLES,
  COLLECTION_HANDLES,
  categorySchema,
  collectionSchema,
  productSchema,
  type CategoryHandle,
  type SeedCategory,
  type SeedCollection,
  type SeedProduct,
} from "./catalog-schema"

/** Where the data files live, relative to the repository root (used in messages). */
export const DATA_DIR = "seed/data"
export const CATEGORIES_FILE = `${DATA_DIR}/categories.ts`
export const COLLECTIONS_FILE = `${DATA_DIR}/collections.ts`
export const productsFile = (fileName: string) => `${DATA_DIR}/products/${fileName}`

/**
 * Every product file, keyed by its file name under `seed/data/products/`.
 * One file per category, named after the category handle.
 */
export const PRODUCT_FILES = {
  "celebration-cakes.ts": celebrationCakes,
  "cupcakes.ts": cupcakes,
  "cookies.ts": cookies,
  "brownies-bars.ts": browniesBars,
  "breads.ts": breads,
  "viennoiserie-pastries.ts": viennoiseriePastries,
  "pies-tarts.ts": piesTarts,
  "cheesecakes.ts": cheesecakes,
  "gluten-free.ts": glutenFree,
  "vegan.ts": vegan,
  "seasonal.ts": seasonal,
  "custom-cakes.ts": customCakes,
  "drinks-extras.ts": drinksExtras,
} satisfies Record<`${CategoryHandle}.ts`, ProductInput[]>

/** The catalog before validation, as the data files export it. */
export interface RawCatalog {
  categories: unknown
  collections: unknown
  /** Product arrays keyed by file name under `seed/data/products/`, e.g. `"cupcakes.ts"`. */
  products: Record<string, unknown>
}

export interface Catalog {
  categories: SeedCategory[]
  collections: SeedCollection[]
  /** All products, in file order (category order) then file order within a file. */
  products: SeedProduct[]
}

export interface CatalogIssue {
  /** Data file, relative to the repository root. */
  file: string
  /** `product "handle"`, `category "handle"`… or undefined for a whole-file problem. */
  item?: string
  /** Dotted field path inside the item, e.g. `variants.0.price_usd`. */
  path?: string
  message: string
}

export function formatIssue(issue: CatalogIssue): string {
  return [issue.file, issue.item, issue.path, issue.message].filter((part) => part !== undefined && part !== "").join(": ")
}

/** How many problems the error message lists before summarising the rest. */
const MAX_LISTED_ISSUES = 20

export class CatalogValidationError extends Error {
  readonly issues: readonly CatalogIssue[]

  constructor(issues: readonly CatalogIssue[]) {
    const listed = issues.slice(0, MAX_LISTED_ISSUES).map(formatIssue)
    const more = issues.length - listed.length
    super(listed.join("\n") + (more > 0 ? `\n…and ${more} more problem${more === 1 ? "" : "s"}` : ""))
    this.name = "CatalogValidationError"
    this.issues = issues
  }
}

type ZodIssue = NonNullable<ReturnType<typeof productSchema.safeParse>["error"]>["issues"][number]

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key) => String(key)).join(".")
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

/** Turns zod's wording into something a person editing a data file can act on. */
function describeZodIssue(issue: ZodIssue, input: unknown): string {
  const value = valueAt(input, issue.path)
  if (issue.code === "invalid_type" && value === undefined) return "Required"
  if (issue.code === "invalid_value") {
    const field = issue.path.filter((key) => typeof key === "string").at(-1)
    const expected = issue.values.map(String).join(", ")
    const what: Record<string, string> = {
      category: "category",
      handle: "handle",
      collections: "collection",
      contains: "allergen",
      may_contain: "allergen",
      dietary_tags: "dietary tag",
      shape: "art shape",
    }
    const noun = typeof field === "string" ? what[field] : undefined
    return `${noun ? `unknown ${noun} ` : ""}${JSON.stringify(value)}${noun ? "" : " is not allowed"} (expected one of: ${expected})`
  }
  return issue.message
}

function zodIssues(file: string, item: string, issues: readonly ZodIssue[], input: unknown): CatalogIssue[] {
  return issues.map((issue) => ({ file, item, path: formatPath(issue.path), message: describeZodIssue(issue, input) }))
}

const rawHandle = (value: unknown): string | undefined => {
  const handle = valueAt(value, ["handle"])
  return typeof handle === "string" && handle !== "" ? handle : undefined
}

/** Validates a list of categories or collections (same shape of checks). */
function validateList<T extends { handle: string }>(
  file: string,
  noun: string,
  raw: unknown,
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: ZodIssue[] } } },
  requiredHandles: readonly string[],
  requiredBy: string,
  issues: CatalogIssue[],
): T[] {
  if (!Array.isArray(raw)) {
    issues.push({ file, message: `must export an array` })
    return []
  }
  const parsed: T[] = []
  const seen = new Set<string>()
  raw.forEach((entry, i) => {
    const item = `${noun} ${rawHandle(entry) ? JSON.stringify(rawHandle(entry)) : `#${i}`}`
    const result = schema.safeParse(entry)
    if (!result.success) {
      issues.push(...zodIssues(file, item, result.error.issues, entry))
      return
    }
    if (seen.has(result.data.handle)) {
      issues.push({ file, item, path: "handle", message: `duplicate ${noun} handle` })
      return
    }
    seen.add(result.data.handle)
    parsed.push(result.data)
  })
  for (const handle of requiredHandles) {
    if (!seen.has(handle) && !raw.some((entry) => rawHandle(entry) === handle)) {
      issues.push({ file, item: `${noun} ${JSON.stringify(handle)}`, message: `missing: ${requiredBy} lists it, so it needs an entry` })
    }
  }
  return parsed
}

/** Checks on one parsed product that need no other product. */
function productRuleIssues(product: SeedProduct, fileCategory: string | undefined): Array<{ path: string; message: string }> {
  const problems: Array<{ path: string; message: string }> = []

  if (fileCategory !== undefined && product.category !== fileCategory) {
    problems.push({
      path: "category",
      message: `${JSON.stringify(product.category)} does not belong in ${fileCategory}.ts (expected ${JSON.stringify(fileCategory)})`,
    })
  }

  product.options.forEach((option, o) => {
    const seen = new Set<string>()
    option.values.forEach((value, v) => {
      if (seen.has(value)) problems.push({ path: `options.${o}.values.${v}`, message: `duplicate value ${JSON.stringify(value)}` })
      seen.add(value)
      if (!product.variants.some((variant) => variant.options[option.title] === value)) {
        problems.push({ path: `options.${o}.values.${v}`, message: `no variant uses ${JSON.stringify(value)}` })
      }
    })
  })
  const optionTitles = product.options.map((option) => option.title)
  optionTitles.forEach((title, o) => {
    if (optionTitles.indexOf(title) !== o) problems.push({ path: `options.${o}.title`, message: `duplicate option ${JSON.stringify(title)}` })
  })

  const variantTitles = new Map<string, number>()
  product.variants.forEach((variant, i) => {
    const first = variantTitles.get(variant.title)
    if (first !== undefined) problems.push({ path: `variants.${i}.title`, message: `same title as variants.${first}` })
    else variantTitles.set(variant.title, i)
  })

  for (const list of ["contains", "may_contain"] as const) {
    product.allergens[list].forEach((allergen, i) => {
      if (product.allergens[list].indexOf(allergen) !== i) {
        problems.push({ path: `allergens.${list}.${i}`, message: `${allergen} is listed twice` })
      }
    })
  }
  if (product.dietary_tags.includes("gluten_free") && product.allergens.may_contain.includes("wheat")) {
    problems.push({ path: "dietary_tags", message: `gluten-free products cannot list wheat under "may_contain"` })
  }
  product.dietary_tags.forEach((tag, i) => {
    if (product.dietary_tags.indexOf(tag) !== i) problems.push({ path: `dietary_tags.${i}`, message: `${tag} is listed twice` })
  })

  product.collections.forEach((collection, i) => {
    if (product.collections.indexOf(collection) !== i) problems.push({ path: `collections.${i}`, message: `${collection} is listed twice` })
  })
  if (product.category === "seasonal" && !product.collections.includes("seasonal")) {
    problems.push({ path: "collections", message: `products in the "seasonal" category must be in the "seasonal" collection` })
  }

  return problems
}

/**
 * Parses the catalog through the zod schemas and the cross-file rules.
 * Returns the parsed catalog, or throws a CatalogValidationError listing the
 * first problems found, one per line, each naming file, item and field.
 */
export function validateCatalog(raw: RawCatalog): Catalog {
  const issues: CatalogIssue[] = []

  const parsedCategories = validateList(CATEGORIES_FILE, "category", raw.categories, categorySchema, CATEGORY_HANDLES, "CATEGORY_HANDLES", issues)
  const parsedCollections = validateList(COLLECTIONS_FILE, "collection", raw.collections, collectionSchema, COLLECTION_HANDLES, "COLLECTION_HANDLES", issues)

  const products: SeedProduct[] = []
  const handleOwners = new Map<string, string>()
  const skuOwners = new Map<string, { file: string; handle: string }>()
  const productCount = new Map<string, number>()

  if (raw.products === null || typeof raw.products !== "object") {
    issues.push({ file: `${DATA_DIR}/products`, message: "products must be an object of file name → product array" })
  } else {
    for (const [fileName, list] of Object.entries(raw.products)) {
      const file = productsFile(fileName)
      const stem = fileName.replace(/\.ts$/, "")
      const fileCategory = (CATEGORY_HANDLES as readonly string[]).includes(stem) ? stem : undefined
      if (!Array.isArray(list)) {
        issues.push({ file, message: `must export an array named "products"` })
        continue
      }
      list.forEach((entry: unknown, i) => {
        const handle = rawHandle(entry)
        const item = handle !== undefined ? `product ${JSON.stringify(handle)}` : `product #${i}`

        // Cross-file uniqueness is checked on the raw data, so a duplicate is
        // reported even when the product has other problems too.
        if (handle !== undefined) {
          const owner = handleOwners.get(handle)
          if (owner !== undefined) {
            issues.push({ file, item, path: "handle", message: `duplicate handle: already used by a product in ${owner}` })
          } else {
            handleOwners.set(handle, file)
          }
        }
        const variants = valueAt(entry, ["variants"])
        if (Array.isArray(variants)) {
          variants.forEach((variant: unknown, v) => {
            const sku = valueAt(variant, ["sku"])
            if (typeof sku !== "string") return
            const owner = skuOwners.get(sku)
            if (owner !== undefined) {
              const where = owner.handle === (handle ?? "") && owner.file === file ? "this product" : `product "${owner.handle}" (${owner.file})`
              issues.push({ file, item, path: `variants.${v}.sku`, message: `duplicate SKU ${sku}: already used by ${where}` })
            } else {
              skuOwners.set(sku, { file, handle: handle ?? `#${i}` })
            }
          })
        }

        const result = productSchema.safeParse(entry)
        if (!result.success) {
          issues.push(...zodIssues(file, item, result.error.issues, entry))
          return
        }
        const product = result.data
        for (const problem of productRuleIssues(product, fileCategory)) issues.push({ file, item, ...problem })
        productCount.set(product.category, (productCount.get(product.category) ?? 0) + 1)
        products.push(product)
      })
    }
  }

  if (issues.length === 0) {
    for (const category of parsedCategories) {
      if (!productCount.get(category.handle)) {
        issues.push({ file: productsFile(`${category.handle}.ts`), message: `no products in category "${category.handle}"` })
      }
    }
  }

  if (issues.length > 0) throw new CatalogValidationError(issues)
  return { categories: parsedCategories, collections: parsedCollections, products }
}

/** The real catalog from `seed/data/**`, parsed and validated. Throws on any problem. */
export function loadCatalog(): Catalog {
  return validateCatalog({ categories, collections, products: PRODUCT_FILES })
}
