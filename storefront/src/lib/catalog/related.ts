/**
 * The category a product's "more from …" row is drawn from. Chosen by handle, not by API order,
 * so the page and the freshness fingerprint always agree on it.
 */
export function primaryCategory<T extends { handle: string }>(categories: readonly T[] | null | undefined): T | undefined {
  return [...(categories ?? [])].sort((a, b) => a.handle.localeCompare(b.handle))[0]
}
