import { createHash } from "node:crypto"
import { callBackend, sdk } from "../medusa/client"
import { getRegion } from "../medusa/region"
import type { BakeryProduct } from "../medusa/types"
import { shownOnPages, type CatalogSnapshot, type ProductEntry } from "./snapshot"

// Only what a page shows (see shownOnPages): prices, stock state, images, text and the bakery profile.
const FINGERPRINT_FIELDS = [
  "id",
  "handle",
  "title",
  "updated_at",
  "thumbnail",
  "images.url",
  "variants.id",
  "variants.updated_at",
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "variants.manage_inventory",
  "variants.allow_backorder",
  // The store API only returns categories when the relation is asked for whole.
  "*categories",
  "collection.handle",
  "+bakery_profile.*",
].join(",")

const PAGE_SIZE = 100

function hashOf(value: unknown): string {
  return createHash("sha1").update(JSON.stringify(value)).digest("base64url").slice(0, 16)
}

/** Reads the whole published catalog in its compact form (2–3 requests for ~200 products). */
export async function fetchCatalogSnapshot(): Promise<CatalogSnapshot> {
  const region = await getRegion()
  const products = new Map<string, ProductEntry>()
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await callBackend(() =>
      sdk.store.product.list({ fields: FINGERPRINT_FIELDS, region_id: region.id, limit: PAGE_SIZE, offset, order: "id" }),
    )
    for (const product of page.products) {
      if (!product.handle) continue
      const shown = shownOnPages(product as BakeryProduct)
      products.set(product.handle, { handle: product.handle, hash: hashOf(shown), categories: shown.categories })
    }
    if (offset + page.products.length >= page.count || page.products.length === 0) break
  }
  const { product_categories } = await callBackend(() =>
    sdk.store.category.list({ fields: "id,handle,name,description,rank,updated_at", limit: 100 }),
  )
  const categories = new Map(product_categories.map((c) => [c.handle, hashOf(c)]))
  return { products, categories }
}
