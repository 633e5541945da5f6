/**
 * A tiny time-boxed cache for catalog reads. While pre-rendering ~200 pages it saves fetching the
 * whole catalog per page; at run time it bounds how stale /products and /search can be.
 */
const entries = new Map<string, { expires: number; value: Promise<unknown> }>()

export function memo<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const now = Date.now()
  const hit = entries.get(key)
  if (hit && hit.expires > now) return hit.value as Promise<T>
  const value = load()
  entries.set(key, { expires: now + ttlMs, value })
  // A failed load must not be remembered.
  value.catch(() => entries.delete(key))
  return value
}

/** Forgets every cached catalog read, so the next render sees the backend as it is now. */
export function clearMemo(): void {
  entries.clear()
}
