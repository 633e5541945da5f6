import type { HttpTypes } from "@medusajs/types"
import type { BakeryProduct } from "../medusa/types"
import { stockLabel, stockState, variantPrice } from "./pricing"
import { formatMoney } from "@sweet-crumbs/bakery-rules/money"

/** Up to three option groups (size, flavour, pack) are posted as option_1..option_3. */
export const MAX_OPTION_GROUPS = 3

export interface OptionGroup {
  id: string
  title: string
  values: string[]
}

/** What the product page's script needs to follow the picker, serialised into a data attribute. */
export interface VariantSummary {
  id: string
  title: string
  values: string[]
  price: string | null
  stock: string
  soldOut: boolean
}

export function optionGroups(product: BakeryProduct): OptionGroup[] {
  return (product.options ?? []).slice(0, MAX_OPTION_GROUPS).map((option) => ({
    id: option.id,
    title: option.title,
    values: (option.values ?? []).map((v) => v.value),
  }))
}

/** A variant's value for each option group, in the groups' order. */
export function variantValues(variant: HttpTypes.StoreProductVariant, groups: OptionGroup[]): string[] {
  return groups.map((group) => variant.options?.find((o) => o.option_id === group.id || o.option?.id === group.id)?.value ?? "")
}

export function summariseVariants(product: BakeryProduct): VariantSummary[] {
  const groups = optionGroups(product)
  return (product.variants ?? []).map((variant) => {
    const price = variantPrice(variant)
    const state = stockState(variant)
    return {
      id: variant.id,
      title: variant.title ?? "",
      values: variantValues(variant, groups),
      price: price ? formatMoney(price.amount, price.currency) : null,
      stock: stockLabel(state),
      soldOut: state.kind === "sold_out",
    }
  })
}

/** The variant matching the chosen option values, if every group has a choice. */
export function findVariant(product: BakeryProduct, chosen: (string | undefined)[]): HttpTypes.StoreProductVariant | undefined {
  const groups = optionGroups(product)
  return (product.variants ?? []).find((variant) => {
    const values = variantValues(variant, groups)
    return values.every((value, index) => value === chosen[index])
  })
}

/** The variant shown first: the first one that can still be bought. */
export function defaultVariant(product: BakeryProduct): HttpTypes.StoreProductVariant | undefined {
  const variants = product.variants ?? []
  return variants.find((v) => stockState(v).kind !== "sold_out") ?? variants[0]
}
