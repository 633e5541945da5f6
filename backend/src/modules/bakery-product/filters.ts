export type BakeryFilters = {
  dietary_tag: readonly string[]
  free_from: readonly string[]
}

type ProfileAllergens = {
  dietary_tags: string[]
  allergens_contains: string[]
  allergens_may_contain: string[]
}

/**
 * A product matches when it carries every requested dietary tag and neither
 * contains nor "may contain" any allergen the customer must avoid — a trace
 * is not "free from".
 */
export function matchesBakeryFilters(
  profile: ProfileAllergens,
  filters: BakeryFilters
): boolean {
  const hasTags = filters.dietary_tag.every((tag) => profile.dietary_tags.includes(tag))
  const traces = new Set([...profile.allergens_contains, ...profile.allergens_may_contain])
  return hasTags && filters.free_from.every((allergen) => !traces.has(allergen))
}
