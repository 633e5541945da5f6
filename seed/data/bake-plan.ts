import type { CategoryHandle } from "../src/catalog-schema"

type Weekly = { mon: number; tue: number; wed: number; thu: number; fri: number; sat: number; sun: number }

export type SeedBakePlanGroup = {
  name: string
  /** What the quantities count, plural. */
  unit: string
  weekday_quantities: Weekly
  /** Every product of these categories is on the group… */
  categories?: CategoryHandle[]
  /** …and these products. */
  handles?: string[]
  /** Units a variant counts as, by variant title; a variant not listed counts as 1. */
  units_by_variant?: Record<string, number>
}

/**
 * What the kitchen makes in a day, as Maya started the shop with it; the seed
 * writes it once, afterwards it is hers to edit under *Bake plan*. The shop is
 * closed on Sundays, so nothing is planned for them (opening on a Sunday needs
 * a Sunday plan too). Everything not listed is sold from stock on hand.
 */
export const bakePlan: SeedBakePlanGroup[] = [
  {
    // The decorating bench finishes about fifteen cakes on a Saturday.
    name: "Celebration cakes",
    unit: "cakes",
    weekday_quantities: { mon: 10, tue: 10, wed: 10, thu: 10, fri: 12, sat: 15, sun: 0 },
    categories: ["celebration-cakes"],
  },
  {
    // Designed and decorated one by one: a handful a day.
    name: "Custom cakes",
    unit: "cakes",
    weekday_quantities: { mon: 3, tue: 3, wed: 3, thu: 3, fri: 4, sat: 4, sun: 0 },
    categories: ["custom-cakes"],
  },
  {
    // Counted in cupcakes, so a box of twelve takes twelve of the day's tray space.
    name: "Cupcakes",
    unit: "cupcakes",
    weekday_quantities: { mon: 144, tue: 144, wed: 144, thu: 144, fri: 180, sat: 240, sun: 0 },
    categories: ["cupcakes"],
    units_by_variant: { Single: 1, "Box of 6": 6, "Box of 12": 12 },
  },
  {
    // Baked each morning from the night's levain: thirty loaves on a Saturday.
    name: "Sourdough",
    unit: "loaves",
    weekday_quantities: { mon: 20, tue: 20, wed: 20, thu: 20, fri: 24, sat: 30, sun: 0 },
    handles: [
      "country-sourdough",
      "seeded-sourdough",
      "fig-and-fennel-sourdough",
      "jalapeno-cheddar-sourdough",
      "kalamata-olive-sourdough",
    ],
  },
]
