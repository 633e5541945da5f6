import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCollectionsWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createPromotionsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateProductCategoriesWorkflow,
  updateProductsWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
  updateTaxRatesWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { SCHEDULING_MODULE } from "../../backend/src/modules/scheduling"
import { DEFAULT_SCHEDULE_SETTINGS } from "../../backend/src/modules/scheduling/default-settings"
import type SchedulingModuleService from "../../backend/src/modules/scheduling/service"
import { updateScheduleSettingsWorkflow } from "../../backend/src/workflows/update-schedule-settings"
import { upsertBakeryProfilesWorkflow } from "../../backend/src/workflows/upsert-bakery-profiles"
import { shop as defaultShop, type ShopSetup } from "../data/shop"
import type { SeedCategory, SeedCollection, SeedProduct } from "./catalog-schema"
import { renderProductArt } from "./product-art"

export type Catalog = {
  categories: SeedCategory[]
  collections: SeedCollection[]
  products: SeedProduct[]
}

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

const PRODUCT_BATCH = 25

/**
 * Puts Sweet Crumbs' shop and catalog into Medusa through Medusa's own
 * workflows. Idempotent: everything is found by name, handle or code first, so
 * a second run updates in place and never touches orders or customers.
 */
export async function loadShop(
  container: MedusaContainer,
  { catalog, shop = defaultShop, paymentProviders = ["pp_system_default"], log = () => {} }: LoadShopOptions
): Promise<LoadShopSummary> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const salesChannel = await ensureSalesChannel()
  await ensureStore(salesChannel.id)
  const region = await ensureRegion()
  await ensureTaxRegion()
  const stockLocation = await ensureStockLocation(salesChannel.id)
  const { pickup, delivery } = await ensureShippingOptions(stockLocation.id, region.id)
  const publishableKey = await ensurePublishableKey(salesChannel.id)
  await ensurePromotions()
  await ensureSchedule()
  log(`✓ shop setup: region ${shop.region.name}, sales channel ${shop.sales_channel.name}, location ${shop.stock_location.name}`)

  const categoryIds = await ensureCategories()
  log(`✓ ${catalog.categories.length} categories`)
  const collectionIds = await ensureCollections()
  log(`✓ ${catalog.collections.length} collections`)
  const { created, updated } = await upsertProducts(salesChannel.id, stockLocation.id, categoryIds, collectionIds)

  return {
    region_id: region.id,
    sales_channel_id: salesChannel.id,
    stock_location_id: stockLocation.id,
    publishable_key: publishableKey,
    pickup_option_id: pickup,
    delivery_option_id: delivery,
    categories: catalog.categories.length,
    collections: catalog.collections.length,
    products_created: created,
    products_updated: updated,
  }

  async function ensureSalesChannel() {
    const { data } = await query.graph({
      entity: "sales_channel",
      fields: ["id"],
      filters: { name: shop.sales_channel.name },
    })
    if (data[0]) {
      return data[0]
    }
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ ...shop.sales_channel }] },
    })
    return result[0]
  }

  async function ensureStore(salesChannelId: string) {
    const { data } = await query.graph({ entity: "store", fields: ["id"] })
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: data[0].id },
        update: {
          name: shop.store_name,
          supported_currencies: [{ currency_code: shop.region.currency_code, is_default: true }],
          default_sales_channel_id: salesChannelId,
        },
      },
    })
  }

  async function ensureRegion() {
    const { data } = await query.graph({
      entity: "region",
      fields: ["id", "payment_providers.id"],
      filters: { name: shop.region.name },
    })
    if (data[0]) {
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: data[0].id }, update: { payment_providers: paymentProviders } },
      })
      return data[0]
    }
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: shop.region.name,
            currency_code: shop.region.currency_code,
            countries: [...shop.region.countries],
            payment_providers: paymentProviders,
            automatic_taxes: true,
          },
        ],
      },
    })
    return result[0]
  }

  async function ensureTaxRegion() {
    const { data } = await query.graph({
      entity: "tax_region",
      fields: ["id", "tax_rates.id", "tax_rates.is_default"],
      filters: { country_code: "us", parent_id: null },
    })
    const rate = { ...shop.sales_tax }
    if (!data[0]) {
      await createTaxRegionsWorkflow(container).run({
        input: [{ country_code: "us", provider_id: "tp_system", default_tax_rate: rate }],
      })
      return
    }
    const defaultRate = data[0].tax_rates?.find((r: { id: string; is_default?: boolean } | null) => r?.is_default)
    if (defaultRate) {
      await updateTaxRatesWorkflow(container).run({
        input: { selector: { id: defaultRate.id }, update: { rate: rate.rate, name: rate.name, code: rate.code } },
      })
    }
  }

  async function ensureStockLocation(salesChannelId: string) {
    const { data } = await query.graph({
      entity: "stock_location",
      fields: ["id"],
      filters: { name: shop.stock_location.name },
    })
    if (data[0]) {
      return data[0]
    }
    const { result } = await createStockLocationsWorkflow(container).run({
      input: { locations: [{ name: shop.stock_location.name, address: { ...shop.stock_location.address } }] },
    })
    const location = result[0]
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [salesChannelId] },
    })
    return location
  }

  async function ensureShippingOptions(stockLocationId: string, regionId: string) {
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const { data: existing } = await query.graph({
      entity: "shipping_option",
      fields: ["id", "type.code"],
      filters: { name: [shop.shipping.pickup.name, shop.shipping.delivery.name] },
    })
    const idFor = (code: string) => existing.find((o) => o.type?.code === code)?.id
    if (idFor("pickup") && idFor("delivery")) {
      return { pickup: idFor("pickup")!, delivery: idFor("delivery")! }
    }
    const shippingProfileId = await ensureShippingProfile()
    const fulfillmentSet = await fulfillment.createFulfillmentSets({
      name: shop.fulfillment_set_name,
      type: "shipping",
      service_zones: [
        { name: "Brooklyn", geo_zones: [{ type: "country", country_code: "us" }] },
      ],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
    const option = (o: ShopSetup["shipping"]["pickup" | "delivery"]) => ({
      name: o.name,
      price_type: "flat" as const,
      provider_id: "manual_manual",
      service_zone_id: fulfillmentSet.service_zones[0].id,
      shipping_profile_id: shippingProfileId,
      type: { label: o.name, description: o.description, code: o.code },
      prices: [
        { currency_code: shop.region.currency_code, amount: o.price },
        { region_id: regionId, amount: o.price },
      ],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
        { attribute: "is_return", value: "false", operator: "eq" as const },
      ],
    })
    const { result } = await createShippingOptionsWorkflow(container).run({
      input: [option(shop.shipping.pickup), option(shop.shipping.delivery)],
    })
    return { pickup: result[0].id, delivery: result[1].id }
  }

  /** Medusa's migrations usually create the default profile; a bare test database may not have it. */
  async function ensureShippingProfile() {
    const { data } = await query.graph({
      entity: "shipping_profile",
      fields: ["id"],
      filters: { type: "default" },
    })
    if (data[0]) {
      return data[0].id as string
    }
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    return result[0].id
  }

  async function ensurePublishableKey(salesChannelId: string) {
    const { data } = await query.graph({
      entity: "api_key",
      fields: ["id", "token"],
      filters: { title: shop.publishable_key_title, type: "publishable", revoked_at: null },
    })
    if (data[0]) {
      return data[0].token as string
    }
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: shop.publishable_key_title, type: "publishable", created_by: "" }] },
    })
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: result[0].id, add: [salesChannelId] },
    })
    return result[0].token
  }

  async function ensurePromotions() {
    const codes = shop.promotions.map((p) => p.code)
    const { data } = await query.graph({ entity: "promotion", fields: ["code"], filters: { code: codes } })
    const missing = shop.promotions.filter((p) => !data.some((d) => d.code === p.code))
    if (!missing.length) {
      return
    }
    await createPromotionsWorkflow(container).run({
      input: {
        promotionsData: missing.map((p) => ({
          code: p.code,
          type: "standard" as const,
          status: "active" as const,
          is_automatic: false,
          application_method: {
            type: "percentage" as const,
            target_type: "order" as const,
            allocation: "across" as const,
            value: p.percent_off,
            currency_code: shop.region.currency_code,
          },
        })),
      },
    })
  }

  /** Opening hours, slot capacities and the delivery area, once; afterwards they are Maya's to edit. */
  async function ensureSchedule() {
    const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
    if ((await scheduling.retrieveShopSchedule()).id === null) {
      await updateScheduleSettingsWorkflow(container).run({ input: DEFAULT_SCHEDULE_SETTINGS })
    }
  }

  async function ensureCategories() {
    const { data } = await query.graph({
      entity: "product_category",
      fields: ["id", "handle"],
      filters: { handle: catalog.categories.map((c) => c.handle) },
    })
    const ids = new Map<string, string>(data.map((c) => [c.handle, c.id]))
    const missing = catalog.categories.filter((c) => !ids.has(c.handle))
    if (missing.length) {
      const { result } = await createProductCategoriesWorkflow(container).run({
        input: {
          product_categories: missing.map((c, i) => ({
            name: c.name,
            handle: c.handle,
            description: c.description,
            is_active: true,
            rank: catalog.categories.indexOf(c) ?? i,
          })),
        },
      })
      result.forEach((c) => ids.set(c.handle, c.id))
    }
    for (const c of catalog.categories.filter((c) => !missing.includes(c))) {
      await updateProductCategoriesWorkflow(container).run({
        input: { selector: { id: ids.get(c.handle)! }, update: { name: c.name, description: c.description } },
      })
    }
    return ids
  }

  async function ensureCollections() {
    const { data } = await query.graph({
      entity: "product_collection",
      fields: ["id", "handle"],
      filters: { handle: catalog.collections.map((c) => c.handle) },
    })
    const ids = new Map<string, string>(data.map((c) => [c.handle, c.id]))
    const missing = catalog.collections.filter((c) => !ids.has(c.handle))
    if (missing.length) {
      const { result } = await createCollectionsWorkflow(container).run({
        input: { collections: missing.map((c) => ({ title: c.title, handle: c.handle })) },
      })
      result.forEach((c) => ids.set(c.handle, c.id))
    }
    return ids
  }

  async function upsertProducts(
    salesChannelId: string,
    stockLocationId: string,
    categoryIds: Map<string, string>,
    collectionIds: Map<string, string>
  ) {
    const { data: existing } = await query.graph({
      entity: "product",
      fields: ["id", "handle", "variants.id", "variants.sku"],
      filters: { handle: catalog.products.map((p) => p.handle) },
    })
    const byHandle = new Map(existing.map((p) => [p.handle, p]))
    const shippingProfileId = await ensureShippingProfile()

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

    const toCreate = catalog.products.filter((p) => !byHandle.has(p.handle))
    const toUpdate = catalog.products.filter((p) => byHandle.has(p.handle))
    let created = 0
    for (let i = 0; i < toCreate.length; i += PRODUCT_BATCH) {
      const batch = toCreate.slice(i, i + PRODUCT_BATCH)
      const images = await uploadArt(batch)
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
      await stockNewVariants(batch, stockLocationId)
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

    const { data: all } = await query.graph({
      entity: "product",
      fields: ["id", "handle"],
      filters: { handle: catalog.products.map((p) => p.handle) },
    })
    const idByHandle = new Map(all.map((p) => [p.handle, p.id]))
    await upsertBakeryProfilesWorkflow(container).run({
      input: {
        profiles: catalog.products.map((p) => ({
          product_id: idByHandle.get(p.handle)!,
          allergens_contains: [...p.allergens.contains],
          allergens_may_contain: [...p.allergens.may_contain],
          dietary_tags: [...p.dietary_tags],
          lead_time_hours: p.lead_time_hours,
          inscription_max_length: p.inscription_max_length,
        })),
      },
    })
    log(`✓ ${catalog.products.length} bakery profiles (allergens, dietary tags, lead times)`)
    return { created, updated }
  }

  async function uploadArt(batch: SeedProduct[]) {
    const files = await Promise.all(
      batch.map(async (p) => ({
        filename: `${p.handle}.webp`,
        mimeType: "image/webp",
        content: (await renderProductArt(p)).toString("base64"),
        access: "public" as const,
      }))
    )
    const { result } = await uploadFilesWorkflow(container).run({ input: { files } })
    return new Map(batch.map((p, i) => [p.handle, result[i].url]))
  }

  async function stockNewVariants(batch: SeedProduct[], stockLocationId: string) {
    const skus = batch.flatMap((p) => p.variants.map((v) => v.sku))
    const stockBySku = new Map(batch.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
    const { data: items } = await query.graph({
      entity: "inventory_item",
      fields: ["id", "sku", "location_levels.location_id"],
      filters: { sku: skus },
    })
    const levels = items
      .filter((item) => !item.location_levels?.some((l: { location_id: string } | null) => l?.location_id === stockLocationId))
      .map((item) => ({
        inventory_item_id: item.id,
        location_id: stockLocationId,
        stocked_quantity: stockBySku.get(item.sku!) ?? 0,
      }))
    if (levels.length) {
      await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
    }
  }
}
