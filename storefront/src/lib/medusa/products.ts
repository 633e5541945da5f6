import { callBackend, httpStatus, sdk } from "./client"
import { BASKET_PRODUCT_FIELDS, PRODUCT_FIELDS } from "./fields.mjs"
import { memo } from "./memo"
import { getRegion } from "./region"
import type { BakeryProduct } from "./types"
import { filterProductsLocally, toBackendQuery, type ProductFilters } from "../catalog/filters"
import { searchCatalog } from "../catalog/search"

const PAGE_SIZE = 100
const CATALOG_TTL_MS = 15_000

type ProductQuery = Record<string, string | string[] | number | undefined>

async function listPage(query: ProductQuery, offset: number) {
  const region = await getRegion()
  return callBackend(() =>
    sdk.store.product.list({ ...query, fields: PRODUCT_FIELDS, region_id: region.id, limit: PAGE_SIZE, offset }),
  )
}

async function listEvery(query: ProductQuery): Promise<BakeryProduct[]> {
  const products: BakeryProduct[] = []
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await listPage(query, offset)
    products.push(...(page.products as BakeryProduct[]))
    if (products.length >= page.count || page.products.length === 0) return products
  }
}

/** Every published product (shared by pre-rendering, search and the freshness renderer). */
export function listAllProducts(): Promise<BakeryProduct[]> {
  return memo("products:all", CATALOG_TTL_MS, () => listEvery({}))
}

export async function getProductByHandle(handle: string): Promise<BakeryProduct | null> {
  const all = await listAllProducts()
  return all.find((p) => p.handle === handle) ?? null
}

// Medusa's product ids; anything else never reaches the backend's URL.
const PRODUCT_ID = /^prod_[0-9A-Za-z]{1,64}$/

/**
 * One product as it is now, for adding it to a basket: read directly rather than found in the
 * memoised catalog, whose background reload would otherwise run on a customer's add.
 */
export async function getProductForBasket(id: string): Promise<BakeryProduct | null> {
  if (!PRODUCT_ID.test(id)) return null
  try {
    const { product } = await callBackend(() => sdk.store.product.retrieve(id, { fields: BASKET_PRODUCT_FIELDS }))
    return product as BakeryProduct
  } catch (error) {
    if (httpStatus(error) === 404) return null
    throw error
  }
}

/**
 * Products for the /products page. Uses the backend's bakery filters; if that route is not
 * deployed yet (400 on unknown parameters) it filters the cached catalog here instead.
 */
export async function listFilteredProducts(filters: ProductFilters, categoryId: string | undefined): Promise<BakeryProduct[]> {
  const query = toBackendQuery(filters, categoryId)
  if (!Object.keys(query).length) return listAllProducts()
  try {
    return await memo(`products:${JSON.stringify(query)}`, CATALOG_TTL_MS, () => listEvery(query))
  } catch (error) {
    if (httpStatus(error) === 400) return filterProductsLocally(await listAllProducts(), filters)
    throw error
  }
}

export function productsInCollection(products: BakeryProduct[], collectionHandle: string): BakeryProduct[] {
  return products.filter((p) => p.collection?.handle === collectionHandle)
}

export function productsInCategory(products: BakeryProduct[], categoryHandle: string): BakeryProduct[] {
  return products.filter((p) => p.categories?.some((c) => c.handle === categoryHandle))
}

/** Typo-tolerant search over titles, categories and descriptions of the whole catalog. */
export async function searchProducts(query: string, limit = 48): Promise<BakeryProduct[]> {
  const products = await listAllProducts()
  const documents = products.map((product) => ({
    item: product,
    title: product.title,
    categories: (product.categories ?? []).map((c) => c.name),
    description: product.description ?? "",
  }))
  return searchCatalog(documents, query, limit).map((hit) => hit.item)
}
