import { stockLabel, stockState } from "../catalog/pricing"
import type { BakeryProduct } from "../medusa/types"

/**
 * The catalog fingerprint the refresher compares every ~20 s: one short hash per product and per
 * category, plus what decides which pages show that product. Pure, so it is unit-tested directly.
 */

export interface ProductEntry {
  handle: string
  hash: string
  /** Category handles, sorted; the first is the product's "more from …" row (see primaryCategory). */
  categories: string[]
}

/**
 * What a product's pages show, for hashing: text, images, prices, categories, the bakery profile
 * and each variant's stock *label* ("In stock", "Only 3 left", "Sold out"), not its quantity. An
 * order that takes one of forty croissants changes no page, so it re-renders none (with raw
 * quantities every order re-rendered the product, its related products, its category and home).
 */
export function shownOnPages(product: BakeryProduct) {
  return {
    title: product.title,
    updated_at: product.updated_at,
    thumbnail: product.thumbnail,
    images: (product.images ?? []).map((i) => i.url),
    variants: (product.variants ?? []).map((v) => [v.id, v.updated_at, v.calculated_price?.calculated_amount, stockLabel(stockState(v))]),
    // Sorted, so the API's ordering of categories never looks like a change.
    categories: (product.categories ?? []).map((c) => c.handle).sort(),
    collection: product.collection?.handle ?? null,
    profile: product.bakery_profile ?? null,
  }
}

export interface CatalogSnapshot {
  products: Map<string, ProductEntry>
  categories: Map<string, string>
}

export interface CatalogDiff {
  /** Products whose page must be written (changed or new), by handle. */
  write: string[]
  /** Products no longer published, by handle: their page is deleted so it answers 404. */
  remove: string[]
  /** Category pages to re-render. */
  categories: string[]
  /** Category pages whose category is gone. */
  removedCategories: string[]
  /** Product pages that only need a re-render because a related product in the same category changed. */
  related: string[]
  home: boolean
}

/** The first category is the one a product page's "more like this" row comes from. */
const relatedGroup = (entry: ProductEntry | undefined) => entry?.categories[0]

export function diffSnapshots(previous: CatalogSnapshot, next: CatalogSnapshot): CatalogDiff {
  const write: string[] = []
  const remove: string[] = []
  const touchedCategories = new Set<string>()
  const touchedGroups = new Set<string>()

  const touch = (entry: ProductEntry | undefined) => {
    for (const category of entry?.categories ?? []) touchedCategories.add(category)
    const group = relatedGroup(entry)
    if (group) touchedGroups.add(group)
  }

  for (const [handle, entry] of next.products) {
    const before = previous.products.get(handle)
    if (before?.hash === entry.hash) continue
    write.push(handle)
    touch(before)
    touch(entry)
  }
  for (const [handle, before] of previous.products) {
    if (next.products.has(handle)) continue
    remove.push(handle)
    touch(before)
  }

  const removedCategories: string[] = []
  for (const [handle, hash] of next.categories) {
    if (previous.categories.get(handle) !== hash) touchedCategories.add(handle)
  }
  for (const handle of previous.categories.keys()) {
    if (!next.categories.has(handle)) removedCategories.push(handle)
  }

  const writing = new Set(write)
  const related = [...next.products.values()]
    .filter((entry) => !writing.has(entry.handle) && touchedGroups.has(relatedGroup(entry) ?? ""))
    .map((entry) => entry.handle)

  const categories = [...touchedCategories].filter((c) => next.categories.has(c))
  const home = write.length + remove.length + categories.length + removedCategories.length > 0
  return { write, remove, categories, removedCategories, related, home }
}

export function isEmptyDiff(diff: CatalogDiff): boolean {
  return !diff.home && diff.related.length === 0
}

/** Public paths of the pages a diff touches, in the order they are rewritten. */
export function pagesToRender(diff: CatalogDiff): { render: string[]; remove: string[] } {
  return {
    render: [
      ...diff.write.map((h) => `/products/${h}`),
      ...diff.related.map((h) => `/products/${h}`),
      ...diff.categories.map((c) => `/categories/${c}`),
      ...(diff.home ? ["/"] : []),
    ],
    remove: [...diff.remove.map((h) => `/products/${h}`), ...diff.removedCategories.map((c) => `/categories/${c}`)],
  }
}
