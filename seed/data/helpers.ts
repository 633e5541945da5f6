/**
 * Small typed helpers for writing the catalog by hand.
 *
 * Each product in `data/products/*.ts` keeps its own title, handle, description,
 * allergens and art; these helpers only generate the repetitive parts (the
 * option/variant grid with SKUs, weights and prices) and fill in the
 * per-category defaults (category handle, lead time, inscription length).
 *
 * House allergen policy, so the data stays consistent:
 * - The cake & pastry kitchen handles tree nuts and peanuts, so every sweet item
 *   made there lists them under `may_contain` unless it already contains them.
 * - The lamination room (croissants, danishes…) also makes almond and pistachio
 *   pastries: `may_contain: tree_nuts`. Egg wash means viennoiserie contains egg.
 * - The bread bench is nut-free but shares ovens with the seeded loaves:
 *   breads list `may_contain: sesame` unless they already contain it.
 * - Chocolate (soy lecithin) and sprinkles mean "contains soy".
 * - The gluten-free range is made in a separate, wheat-free prep room, so it
 *   never lists wheat at all. The vegan range is made in the shared kitchen
 *   and honestly says it may contain milk and egg.
 */
import type { z } from "@medusajs/framework/zod"
import type { CategoryHandle, productSchema } from "../src/catalog-schema"

/** What the data files write: the schema's *input* type (defaults still optional). */
export type ProductInput = z.input<typeof productSchema>
export type VariantInput = ProductInput["variants"][number]
export type OptionsAndVariants = Pick<ProductInput, "options" | "variants">

type Triple = readonly [number, number, number]

const sku = (code: string, suffix: string) => `SC-${code}-${suffix}`

export interface OptionRow {
  /** Option value, also used as the variant title. */
  value: string
  /** Appended to the product code: SC-<code>-<suffix>. */
  suffix: string
  price: number
  grams: number
  stock: number
}

/** A product with a single option and one variant per value. */
export function oneOption(code: string, title: string, rows: readonly OptionRow[]): OptionsAndVariants {
  return {
    options: [{ title, values: rows.map((r) => r.value) }],
    variants: rows.map((r) => ({
      title: r.value,
      sku: sku(code, r.suffix),
      options: { [title]: r.value },
      price_usd: r.price,
      weight_grams: r.grams,
      stock: r.stock,
    })),
  }
}

export const CAKE_SIZES = ['6"', '8"', '10"'] as const
/** Typical finished weights of a 6", 8" and 10" layer cake. */
export const LAYER_CAKE_GRAMS: Triple = [1100, 1900, 3000]
/** Cheesecakes are shallower than layer cakes. */
export const CHEESECAKE_GRAMS: Triple = [900, 1500, 2400]

/** Size 6" / 8" / 10", e.g. `cakeSizes("CEL-VAN", [38, 52, 68], [8, 6, 3])`. */
export function cakeSizes(code: string, prices: Triple, stock: Triple, grams: Triple = LAYER_CAKE_GRAMS): OptionsAndVariants {
  return oneOption(
    code,
    "Size",
    CAKE_SIZES.map((value, i) => ({ value, suffix: ["06", "08", "10"][i], price: prices[i], grams: grams[i], stock: stock[i] })),
  )
}

export interface Flavour {
  name: string
  /** SKU fragment, e.g. "CHOC". */
  code: string
  /** Stock for the 6", 8" and 10" cake in this flavour. */
  stock: Triple
}

/** Size × Flavour grid; every flavour costs the same per size. */
export function cakeSizesAndFlavours(code: string, prices: Triple, flavours: readonly Flavour[], grams: Triple = LAYER_CAKE_GRAMS): OptionsAndVariants {
  return {
    options: [
      { title: "Size", values: [...CAKE_SIZES] },
      { title: "Flavour", values: flavours.map((f) => f.name) },
    ],
    variants: flavours.flatMap((f) =>
      CAKE_SIZES.map((size, i) => ({
        title: `${size} / ${f.name}`,
        sku: sku(code, `${f.code}-${["06", "08", "10"][i]}`),
        options: { Size: size, Flavour: f.name },
        price_usd: prices[i],
        weight_grams: grams[i],
        stock: f.stock[i],
      })),
    ),
  }
}

export const PACKS = ["Single", "Box of 6", "Box of 12"] as const

/**
 * Pack "Single" / "Box of 6" / "Box of 12" for cupcakes, cookies and pastries.
 * `eachGrams` is one piece; boxes add their cardboard.
 */
export function packs(code: string, prices: Triple, stock: Triple, eachGrams: number): OptionsAndVariants {
  const counts = [1, 6, 12]
  const packaging = [0, 70, 120]
  return oneOption(
    code,
    "Pack",
    PACKS.map((value, i) => ({
      value,
      suffix: String(counts[i]),
      price: prices[i],
      grams: counts[i] * eachGrams + packaging[i],
      stock: stock[i],
    })),
  )
}

/** Boxes only (no singles), e.g. `boxes("SEA-MINCE", [[6, 16, 20], [12, 30, 10]], 60)`. */
export function boxes(code: string, rows: readonly (readonly [count: number, price: number, stock: number])[], eachGrams: number): OptionsAndVariants {
  return oneOption(
    code,
    "Pack",
    rows.map(([count, price, stock]) => ({
      value: `Box of ${count}`,
      suffix: String(count),
      price,
      grams: count * eachGrams + (count > 6 ? 120 : 70),
      stock,
    })),
  )
}

/** A product sold one way only, e.g. `single("BRD-SOUR", "Whole loaf", 8.5, 900, 24)`. */
export function single(code: string, value: string, price: number, grams: number, stock: number, title = "Size"): OptionsAndVariants {
  return oneOption(code, title, [{ value, suffix: "1", price, grams, stock }])
}

/** Cup sizes for the drinks counter (12 oz / 16 oz). */
export function cupSizes(code: string, prices: readonly [number, number], stock = 60): OptionsAndVariants {
  return oneOption(code, "Size", [
    { value: "12 oz", suffix: "12", price: prices[0], grams: 380, stock },
    { value: "16 oz", suffix: "16", price: prices[1], grams: 500, stock },
  ])
}

type Defaulted = "category" | "lead_time_hours" | "inscription_max_length"
export type ProductSpec = Omit<ProductInput, Defaulted> & Partial<Pick<ProductInput, "lead_time_hours" | "inscription_max_length">>

export interface CategoryDefaults {
  lead_time_hours: number
  /** Defaults to null: no inscription. */
  inscription_max_length?: number | null
}

/**
 * Returns a function that stamps products with their category and the
 * category's defaults; a product may still override lead time and inscription.
 */
export function productsIn(category: CategoryHandle, defaults: CategoryDefaults): (spec: ProductSpec) => ProductInput {
  return (spec) => ({
    category,
    lead_time_hours: defaults.lead_time_hours,
    inscription_max_length: defaults.inscription_max_length ?? null,
    ...spec,
    // Fresh arrays, so products that share a constant (e.g. NUTS) never share state.
    allergens: { contains: [...spec.allergens.contains], may_contain: [...spec.allergens.may_contain] },
    dietary_tags: [...spec.dietary_tags],
    ...(spec.collections ? { collections: [...spec.collections] } : {}),
  })
}
