import { z } from "@medusajs/framework/zod"
// One list of allergens and dietary tags for the whole shop, shared with the backend and the storefront.
import { ALLERGENS, DIETARY_TAGS } from "@sweet-crumbs/bakery-rules/allergens"

export const CATEGORY_HANDLES = [
  "celebration-cakes",
  "cupcakes",
  "cookies",
  "brownies-bars",
  "breads",
  "viennoiserie-pastries",
  "pies-tarts",
  "cheesecakes",
  "gluten-free",
  "vegan",
  "seasonal",
  "custom-cakes",
  "drinks-extras",
] as const
export type CategoryHandle = (typeof CATEGORY_HANDLES)[number]

export const COLLECTION_HANDLES = [
  "best-sellers",
  "weekend-specials",
  "seasonal",
] as const
export type CollectionHandle = (typeof COLLECTION_HANDLES)[number]

/** Shapes the illustration generator knows how to draw. */
export const ART_SHAPES = [
  "layer-cake",
  "cupcake",
  "cookie",
  "bar",
  "loaf",
  "croissant",
  "pie",
  "cheesecake",
  "cup",
  "candle",
  "card",
] as const

const handle = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens")

const hexColour = z.string().regex(/^#[0-9a-f]{6}$/i, "must be a #rrggbb colour")

export const categorySchema = z.object({
  handle: z.enum(CATEGORY_HANDLES),
  name: z.string().min(2),
  description: z.string().min(10),
})

export const collectionSchema = z.object({
  handle: z.enum(COLLECTION_HANDLES),
  title: z.string().min(2),
})

export const variantSchema = z.object({
  title: z.string().min(1),
  sku: z.string().regex(/^SC-[A-Z0-9-]+$/, "must look like SC-XXXX"),
  /** Option title → value, one entry per product option. */
  options: z.record(z.string(), z.string()),
  /** USD in major units (12.5 = $12.50), as Medusa v2 stores it. */
  price_usd: z.number().positive().max(1000),
  weight_grams: z.number().int().positive(),
  stock: z.number().int().min(0),
})

export const productSchema = z
  .object({
    handle,
    title: z.string().min(3),
    /** What a customer reads: taste, ingredients, size, how many it serves. */
    description: z.string().min(60),
    category: z.enum(CATEGORY_HANDLES),
    collections: z.array(z.enum(COLLECTION_HANDLES)).default([]),
    serves: z.number().int().positive().optional(),
    options: z
      .array(z.object({ title: z.string().min(1), values: z.array(z.string().min(1)).min(1) }))
      .min(1),
    variants: z.array(variantSchema).min(1),
    allergens: z.object({
      contains: z.array(z.enum(ALLERGENS)),
      may_contain: z.array(z.enum(ALLERGENS)),
    }),
    dietary_tags: z.array(z.enum(DIETARY_TAGS)),
    lead_time_hours: z.number().int().min(0).max(24 * 14),
    /** null when the product takes no inscription. */
    inscription_max_length: z.number().int().min(1).max(80).nullable(),
    art: z.object({
      shape: z.enum(ART_SHAPES),
      /** Main colour (sponge, crust, dough…), accent (frosting, filling), and decoration. */
      colours: z.tuple([hexColour, hexColour, hexColour]),
    }),
  })
  .superRefine((product, ctx) => {
    const optionTitles = product.options.map((o) => o.title)
    const seenCombinations = new Map<string, number>()
    product.variants.forEach((variant, i) => {
      for (const title of optionTitles) {
        const value = variant.options[title]
        const allowed = product.options.find((o) => o.title === title)!.values
        if (!value || !allowed.includes(value)) {
          ctx.addIssue({
            code: "custom",
            path: ["variants", i, "options", title],
            message: `must be one of ${allowed.join(", ")}`,
          })
        }
      }
      // "One entry per product option": no entries for options the product doesn't have…
      for (const title of Object.keys(variant.options)) {
        if (!optionTitles.includes(title)) {
          ctx.addIssue({
            code: "custom",
            path: ["variants", i, "options", title],
            message: `"${title}" is not one of this product's options (${optionTitles.join(", ")})`,
          })
        }
      }
      // …and no two variants for the same combination of values.
      const combination = optionTitles.map((title) => `${title}=${variant.options[title]}`).join(", ")
      const first = seenCombinations.get(combination)
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["variants", i, "options"],
          message: `same options as variants.${first} (${combination})`,
        })
      } else {
        seenCombinations.set(combination, i)
      }
    })
    for (const allergen of product.allergens.contains) {
      if (product.allergens.may_contain.includes(allergen)) {
        ctx.addIssue({
          code: "custom",
          path: ["allergens", "may_contain"],
          message: `${allergen} is already listed under "contains"`,
        })
      }
    }
    const all = [...product.allergens.contains, ...product.allergens.may_contain]
    if (product.dietary_tags.includes("vegan") && all.some((a) => ["milk", "egg", "fish", "crustacean_shellfish"].includes(a) && product.allergens.contains.includes(a))) {
      ctx.addIssue({ code: "custom", path: ["dietary_tags"], message: "vegan products cannot contain milk, egg, fish or shellfish" })
    }
    if (product.dietary_tags.includes("gluten_free") && product.allergens.contains.includes("wheat")) {
      ctx.addIssue({ code: "custom", path: ["dietary_tags"], message: "gluten-free products cannot contain wheat" })
    }
    if (product.dietary_tags.includes("nut_free") && all.some((a) => a === "tree_nuts" || a === "peanuts")) {
      ctx.addIssue({ code: "custom", path: ["dietary_tags"], message: "nut-free products cannot contain or may-contain nuts" })
    }
  })

export type SeedCategory = z.infer<typeof categorySchema>
export type SeedCollection = z.infer<typeof collectionSchema>
export type SeedProduct = z.infer<typeof productSchema>
export type SeedVariant = z.infer<typeof variantSchema>
