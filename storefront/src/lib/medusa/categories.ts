import type { HttpTypes } from "@medusajs/types"
import { callBackend, sdk } from "./client"
import { memo } from "./memo"

export async function listCategories(): Promise<HttpTypes.StoreProductCategory[]> {
  return memo("categories:all", 60_000, async () => {
    const { product_categories } = await callBackend(() =>
      sdk.store.category.list({ fields: "id,handle,name,description,rank,metadata", limit: 100 }),
    )
    return [...product_categories].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.name.localeCompare(b.name))
  })
}

export async function getCategoryByHandle(handle: string): Promise<HttpTypes.StoreProductCategory | null> {
  const categories = await listCategories()
  return categories.find((c) => c.handle === handle) ?? null
}
