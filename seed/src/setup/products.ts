import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { ShopSetup } from "../../data/shop"
import type { SeedProduct } from "../catalog-schema"
import { uploadProductArt } from "./images"
import { ensureShippingProfile } from "./shipping"
import { ensureStockLevels } from "./stock"

const PRODUCT_BATCH = 25

export type ProductPlacement = {
  salesChannelId: string
  stockLocationId: string
  /** Category handle → id. */
  categoryIds: Map<string, string>
  /** Collection handle → id. */
  collectionIds: Map<string, string>
  log: (line: string) => void
}

/**
 * Products matched by handle. New ones are created in batches with their
 * illustration and opening stock; existing ones get the data's titles,
 * descriptions, categories and prices, while their stock and images stay Maya's.
 */
export async function ensureProducts(
  container: MedusaContainer,
  shop: ShopSetup,
  products: SeedProduct[],
  { salesChannelId, stockLocationId, categoryIds, collectionIds, log }: ProductPlacement
): Promise<{ created: number; updated: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "variants.id", "variants.sku"],
    filters: { handle: products.map((p) => p.handle) },
  })
  const byHandle = new Map(existing.map((p) => [p.handle, p]))
  const shippingProfileId = await ensureShippingProfile(container)

  // Medusa allows one collection per product: the first listed wins; the others are shown through categories.
  const collectionOf = (p: SeedProduct) => (p.collections[0] ? collectionIds.get(p.collections[0]) : undefined)
  const productFields = (p: SeedProduct) => ({
    title: p.title,
    description: p.description,
    status: ProductStatus.PUBLISHED,
    category_ids: [categoryIds.get(p.category)!],
    collection_id: collectionOf(p) ?? null,
    weight: p.variants[0].weight_grams,
    metadata: { serves: p.serves ?? null, collections: p.collections },
  })
  const price = (v: SeedProduct["variants"][number]) => [
    { currency_code: shop.region.currency_code, amount: v.price_usd },
  ]

  const toCreate = products.filter((p) => !byHandle.has(p.handle))
  const toUpdate = products.filter((p) => byHandle.has(p.handle))
  let created = 0
  for (let i = 0; i < toCreate.length; i += PRODUCT_BATCH) {
    const batch = toCreate.slice(i, i + PRODUCT_BATCH)
    const images = await uploadProductArt(container, batch)
    await createProductsWorkflow(container).run({
      input: {
        products: batch.map((p) => ({
          ...productFields(p),
          collection_id: collectionOf(p),
          handle: p.handle,
          thumbnail: images.get(p.handle),
          images: [{ url: images.get(p.handle)! }],
          shipping_profile_id: shippingProfileId,
          sales_channels: [{ id: salesChannelId }],
          options: p.options.map((o) => ({ title: o.title, values: [...o.values] })),
          variants: p.variants.map((v) => ({
            title: v.title,
            sku: v.sku,
            options: v.options,
            weight: v.weight_grams,
            manage_inventory: true,
            prices: price(v),
          })),
        })),
      },
    })
    await ensureStockLevels(container, batch, { stockLocationId })
    created += batch.length
    log(`  products: ${created}/${toCreate.length} created`)
  }

  let updated = 0
  for (let i = 0; i < toUpdate.length; i += PRODUCT_BATCH) {
    const batch = toUpdate.slice(i, i + PRODUCT_BATCH)
    await updateProductsWorkflow(container).run({
      input: {
        products: batch.map((p) => {
          const current = byHandle.get(p.handle)!
          return {
            id: current.id,
            ...productFields(p),
            // Only prices follow the data; stock and images belong to Maya once the shop runs.
            variants: p.variants
              .map((v) => ({ id: current.variants?.find((cv: { id: string; sku?: string | null } | null) => cv?.sku === v.sku)?.id, prices: price(v) }))
              .filter((v): v is { id: string; prices: ReturnType<typeof price> } => !!v.id),
          }
        }),
      },
    })
    updated += batch.length
    log(`  products: ${updated}/${toUpdate.length} updated`)
  }
  return { created, updated }
}
