import { ALLERGENS, DIETARY_TAGS, type Allergen, type DietaryTag } from "@sweet-crumbs/bakery-rules/allergens"
import type { BakeryProduct } from "../medusa/types"
import { cheapestPrice } from "./pricing"

export const SORTS = ["name", "price-asc", "price-desc"] as const
export type ProductSort = (typeof SORTS)[number]

/** The /products filters as they live in a shareable URL. */
export interface ProductFilters {
  category?: string
  diet: DietaryTag[]
  freeFrom: Allergen[]
  sort: ProductSort
  page: number
}

export const EMPTY_FILTERS: ProductFilters = { diet: [], freeFrom: [], sort: "name", page: 1 }

// URLs say "gluten-free"; the backend says "gluten_free".
const toUrlWord = (code: string) => code.replaceAll("_", "-")
const fromUrlWord = (word: string) => word.trim().toLowerCase().replaceAll("-", "_")

function pick<T extends string>(values: string[], allowed: readonly T[]): T[] {
  const wanted = new Set(values.map(fromUrlWord))
  // Keep the canonical order so two URLs with the same filters look the same.
  return allowed.filter((code) => wanted.has(code))
}

/** Reads filters from a query string, silently dropping anything unknown. */
export function parseProductFilters(params: URLSearchParams): ProductFilters {
  const category = params.get("category")?.trim().toLowerCase()
  const sort = params.get("sort") as ProductSort | null
  const page = Number.parseInt(params.get("page") ?? "1", 10)
  return {
    category: category && /^[a-z0-9-]+$/.test(category) ? category : undefined,
    diet: pick(params.getAll("diet"), DIETARY_TAGS),
    freeFrom: pick(params.getAll("free-from"), ALLERGENS),
    sort: sort && SORTS.includes(sort) ? sort : "name",
    page: Number.isFinite(page) && page > 0 ? page : 1,
  }
}

/** The canonical query string for a set of filters ("" when nothing is chosen). */
export function productFiltersToQuery(filters: ProductFilters): string {
  const params = new URLSearchParams()
  if (filters.category) params.set("category", filters.category)
  for (const tag of filters.diet) params.append("diet", toUrlWord(tag))
  for (const allergen of filters.freeFrom) params.append("free-from", toUrlWord(allergen))
  if (filters.sort !== "name") params.set("sort", filters.sort)
  if (filters.page > 1) params.set("page", String(filters.page))
  const query = params.toString()
  return query ? `?${query}` : ""
}

/** A link to /products with some filters changed; any change of filter goes back to page 1. */
export function productsHref(filters: ProductFilters, change: Partial<ProductFilters> = {}): string {
  const next = { ...filters, page: 1, ...change }
  return `/products${productFiltersToQuery(next)}`
}

export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
}

/** Query parameters for `GET /store/products` (the backend's bakery filters are repeatable). */
export function toBackendQuery(filters: ProductFilters, categoryId: string | undefined): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {}
  if (categoryId) query.category_id = [categoryId]
  if (filters.diet.length) query.dietary_tag = [...filters.diet]
  if (filters.freeFrom.length) query.free_from = [...filters.freeFrom]
  return query
}

/** The same filtering, done here: used when the backend's filter route is not available. */
export function filterProductsLocally(products: BakeryProduct[], filters: ProductFilters): BakeryProduct[] {
  return products.filter((product) => {
    const profile = product.bakery_profile
    if (filters.category && !product.categories?.some((c) => c.handle === filters.category)) return false
    if (filters.diet.length && !filters.diet.every((tag) => profile?.dietary_tags.includes(tag))) return false
    if (filters.freeFrom.length) {
      if (!profile) return false
      const present = new Set([...profile.allergens_contains, ...profile.allergens_may_contain])
      if (filters.freeFrom.some((allergen) => present.has(allergen))) return false
    }
    return true
  })
}

export function sortProducts(products: BakeryProduct[], sort: ProductSort): BakeryProduct[] {
  const byName = (a: BakeryProduct, b: BakeryProduct) => a.title.localeCompare(b.title, "en")
  const price = (p: BakeryProduct) => cheapestPrice(p)?.amount ?? Number.POSITIVE_INFINITY
  const sorted = [...products]
  if (sort === "name") return sorted.sort(byName)
  const direction = sort === "price-asc" ? 1 : -1
  return sorted.sort((a, b) => (price(a) - price(b)) * direction || byName(a, b))
}

export function paginate<T>(items: T[], page: number, perPage: number): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / perPage))
  const current = Math.min(Math.max(1, page), pages)
  return { items: items.slice((current - 1) * perPage, current * perPage), page: current, pages }
}
