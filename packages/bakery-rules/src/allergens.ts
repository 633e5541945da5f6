/** The nine major US food allergens (FALCPA + FASTER Act), as products declare them. */
export const ALLERGENS = [
  "milk",
  "egg",
  "fish",
  "crustacean_shellfish",
  "tree_nuts",
  "peanuts",
  "wheat",
  "soy",
  "sesame",
] as const
export type Allergen = (typeof ALLERGENS)[number]

/** The dietary tags a product can carry, and customers filter by. */
export const DIETARY_TAGS = ["vegan", "gluten_free", "nut_free"] as const
export type DietaryTag = (typeof DIETARY_TAGS)[number]
