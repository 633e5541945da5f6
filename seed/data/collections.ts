import type { SeedCollection } from "../src/catalog-schema"

/** Merchandising collections; products opt in through their `collections` field. */
export const collections: SeedCollection[] = [
  { handle: "best-sellers", title: "Best sellers" },
  { handle: "weekend-specials", title: "Weekend specials" },
  { handle: "seasonal", title: "Seasonal" },
]
