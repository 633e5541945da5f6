import type { Allergen, DietaryTag } from "@sweet-crumbs/bakery-rules/allergens"

export const ALLERGEN_LABELS: Record<Allergen, string> = {
  milk: "milk",
  egg: "egg",
  fish: "fish",
  crustacean_shellfish: "shellfish",
  tree_nuts: "tree nuts",
  peanuts: "peanuts",
  wheat: "wheat",
  soy: "soy",
  sesame: "sesame",
}

export const DIETARY_LABELS: Record<DietaryTag, string> = {
  vegan: "Vegan",
  gluten_free: "Gluten-free",
  nut_free: "Nut-free",
}

/** "Contains: milk, egg, wheat · May contain: tree nuts", or null when there is nothing to declare. */
export function allergenStatement(contains: readonly Allergen[], mayContain: readonly Allergen[]): string | null {
  const parts: string[] = []
  if (contains.length) parts.push(`Contains: ${contains.map((a) => ALLERGEN_LABELS[a] ?? a).join(", ")}`)
  if (mayContain.length) parts.push(`May contain: ${mayContain.map((a) => ALLERGEN_LABELS[a] ?? a).join(", ")}`)
  return parts.length ? parts.join(" · ") : null
}

/** "Order at least 2 days ahead" / "…12 hours ahead" / null for same-day goods. */
export function leadTimeNotice(hours: number | null | undefined): string | null {
  if (!hours || hours <= 0) return null
  if (hours % 24 === 0) {
    const days = hours / 24
    return `Order at least ${days} ${days === 1 ? "day" : "days"} ahead`
  }
  return `Order at least ${hours} ${hours === 1 ? "hour" : "hours"} ahead`
}
