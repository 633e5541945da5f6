import type { HttpTypes } from "@medusajs/types"
import type { BakeryProduct } from "../medusa/types"

export interface Price {
  amount: number
  currency: string
}

export function variantPrice(variant: HttpTypes.StoreProductVariant): Price | null {
  const price = variant.calculated_price
  if (price?.calculated_amount == null) return null
  return { amount: price.calculated_amount, currency: price.currency_code ?? "usd" }
}

/** The lowest variant price, for "from $4.50" on cards and for sorting. */
export function cheapestPrice(product: BakeryProduct): Price | null {
  let best: Price | null = null
  for (const variant of product.variants ?? []) {
    const price = variantPrice(variant)
    if (price && (!best || price.amount < best.amount)) best = price
  }
  return best
}

export function hasPriceRange(product: BakeryProduct): boolean {
  const amounts = new Set((product.variants ?? []).map((v) => v.calculated_price?.calculated_amount))
  return amounts.size > 1
}

export type StockState = { kind: "in_stock" } | { kind: "low"; left: number } | { kind: "sold_out" }

/** Few enough to say "only N left" so a customer knows to hurry. */
export const LOW_STOCK_THRESHOLD = 5

export function stockState(variant: Pick<HttpTypes.StoreProductVariant, "manage_inventory" | "allow_backorder" | "inventory_quantity">): StockState {
  if (!variant.manage_inventory || variant.allow_backorder) return { kind: "in_stock" }
  const left = variant.inventory_quantity ?? 0
  if (left <= 0) return { kind: "sold_out" }
  if (left <= LOW_STOCK_THRESHOLD) return { kind: "low", left }
  return { kind: "in_stock" }
}

export function stockLabel(state: StockState): string {
  if (state.kind === "sold_out") return "Sold out"
  if (state.kind === "low") return `Only ${state.left} left`
  return "In stock"
}

export function isSoldOut(product: BakeryProduct): boolean {
  const variants = product.variants ?? []
  return variants.length > 0 && variants.every((v) => stockState(v).kind === "sold_out")
}
