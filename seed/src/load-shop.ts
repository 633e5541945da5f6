import type { MedusaContainer } from "@medusajs/framework/types"
import { PAY_AT_PICKUP_PROVIDER } from "@sweet-crumbs/bakery-rules/payment-providers"
import { shop as defaultShop, type ShopSetup } from "../data/shop"
import type { Catalog } from "./catalog"
import { ensurePublishableKey } from "./setup/api-key"
import { ensureBakeryProfiles } from "./setup/bakery-profiles"
import { ensureCategories } from "./setup/categories"
import { ensureCollections } from "./setup/collections"
import { ensureStockLocation } from "./setup/location"
import { ensureProducts } from "./setup/products"
import { ensurePromotions } from "./setup/promotions"
import { ensureRegion, ensureTaxRegion } from "./setup/region"
import { ensureSchedule } from "./setup/schedule"
import { ensureShippingOptions } from "./setup/shipping"
import { ensureSalesChannel, ensureStore } from "./setup/store"

export type { Catalog }

export type LoadShopOptions = {
  catalog: Catalog
  shop?: ShopSetup
  /** Payment providers to enable on the region (pay at pickup is always on). */
  paymentProviders?: string[]
  log?: (line: string) => void
}

export type LoadShopSummary = {
  region_id: string
  sales_channel_id: string
  stock_location_id: string
  publishable_key: string
  pickup_option_id: string
  delivery_option_id: string
  categories: number
  collections: number
  products_created: number
  products_updated: number
}

/**
 * Puts Sweet Crumbs' shop and catalog into Medusa through Medusa's own
 * workflows. Idempotent: everything is found by name, handle or code first, so
 * a second run updates in place and never touches orders or customers.
 * Each step lives in `setup/` and can run on its own.
 */
export async function loadShop(
  container: MedusaContainer,
  { catalog, shop = defaultShop, paymentProviders = [PAY_AT_PICKUP_PROVIDER], log = () => {} }: LoadShopOptions
): Promise<LoadShopSummary> {
  const salesChannel = await ensureSalesChannel(container, shop)
  await ensureStore(container, shop, { salesChannelId: salesChannel.id })
  const region = await ensureRegion(container, shop, { paymentProviders })
  await ensureTaxRegion(container, shop)
  const stockLocation = await ensureStockLocation(container, shop, { salesChannelId: salesChannel.id })
  const shipping = await ensureShippingOptions(container, shop, { stockLocationId: stockLocation.id, regionId: region.id })
  const publishableKey = await ensurePublishableKey(container, shop, { salesChannelId: salesChannel.id })
  await ensurePromotions(container, shop)
  await ensureSchedule(container)
  log(`✓ shop setup: region ${shop.region.name}, sales channel ${shop.sales_channel.name}, location ${shop.stock_location.name}`)

  const categoryIds = await ensureCategories(container, catalog.categories)
  log(`✓ ${catalog.categories.length} categories`)
  const collectionIds = await ensureCollections(container, catalog.collections)
  log(`✓ ${catalog.collections.length} collections`)
  const { created, updated } = await ensureProducts(container, shop, catalog.products, {
    salesChannelId: salesChannel.id,
    stockLocationId: stockLocation.id,
    categoryIds,
    collectionIds,
    log,
  })
  await ensureBakeryProfiles(container, catalog.products)
  log(`✓ ${catalog.products.length} bakery profiles (allergens, dietary tags, lead times)`)

  return {
    region_id: region.id,
    sales_channel_id: salesChannel.id,
    stock_location_id: stockLocation.id,
    publishable_key: publishableKey,
    pickup_option_id: shipping.pickup,
    delivery_option_id: shipping.delivery,
    categories: catalog.categories.length,
    collections: catalog.collections.length,
    products_created: created,
    products_updated: updated,
  }
}
