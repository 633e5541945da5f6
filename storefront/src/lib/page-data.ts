import type { HttpTypes } from "@medusajs/types"
import { getCategoryByHandle, listCategories } from "./medusa/categories"
import { listAllProducts, productsInCategory, productsInCollection } from "./medusa/products"
import { getBakerySettings } from "./medusa/scheduling"
import type { BakeryProduct, BakerySettings } from "./medusa/types"
import { sortProducts } from "./catalog/filters"
import { primaryCategory } from "./catalog/related"

/**
 * Data for the catalog pages. The pre-rendered pages and the freshness renderer both call these,
 * so a page rewritten at run time is the same page the build produced.
 */

export interface CategoryTile {
  category: HttpTypes.StoreProductCategory
  image: string | null
  count: number
}

export type HomePageData = {
  bestSellers: BakeryProduct[]
  weekendSpecials: BakeryProduct[]
  categories: CategoryTile[]
  settings: BakerySettings | null
}

export function categoryTiles(categories: HttpTypes.StoreProductCategory[], products: BakeryProduct[]): CategoryTile[] {
  return categories
    .map((category) => {
      const inCategory = productsInCategory(products, category.handle)
      const withImage = inCategory.find((p) => p.thumbnail)
      return { category, image: withImage?.thumbnail ?? null, count: inCategory.length }
    })
    .filter((tile) => tile.count > 0)
}

export async function loadHomePage(): Promise<HomePageData> {
  const [products, categories, settings] = await Promise.all([
    listAllProducts(),
    listCategories(),
    // Opening hours are a nice-to-have on the home page; it still renders without them.
    getBakerySettings().catch(() => null),
  ])
  return {
    bestSellers: productsInCollection(products, "best-sellers").slice(0, 8),
    weekendSpecials: productsInCollection(products, "weekend-specials").slice(0, 8),
    categories: categoryTiles(categories, products),
    settings,
  }
}

export type CategoryPageData = {
  category: HttpTypes.StoreProductCategory
  products: BakeryProduct[]
}

export async function loadCategoryPage(handle: string): Promise<CategoryPageData | null> {
  const [category, products] = await Promise.all([getCategoryByHandle(handle), listAllProducts()])
  if (!category) return null
  return { category, products: sortProducts(productsInCategory(products, handle), "name") }
}

export type ProductPageData = {
  product: BakeryProduct
  related: BakeryProduct[]
}

export async function loadProductPage(handle: string): Promise<ProductPageData | null> {
  const products = await listAllProducts()
  const product = products.find((p) => p.handle === handle)
  if (!product) return null
  const categoryHandle = primaryCategory(product.categories)?.handle
  const related = categoryHandle
    ? productsInCategory(products, categoryHandle).filter((p) => p.id !== product.id).slice(0, 4)
    : []
  return { product, related }
}
