/**
 * A tiny time-boxed cache for catalog reads. While pre-rendering ~200 pages it saves fetching the
 * whole catalog per page; at run time it bounds how stale /products and /search can be. Once a
 * value is older than its TTL it is still served while a fresh one loads in the background, so no
 * shopper waits for a full catalog fetch.
 */
interface Entry {
  expires: number
  value: Promise<unknown>
  /** The last value that loaded, served while a newer one is on its way. */
  settled?: unknown
  hasSettled: boolean
  refreshing: boolean
}

const entries = new Map<string, Entry>()

function load<T>(key: string, ttlMs: number, loader: () => Promise<T>, previous?: Entry): Entry {
  const value = loader()
  const entry: Entry = {
    expires: Date.now() + ttlMs,
    value,
    settled: previous?.settled,
    hasSettled: previous?.hasSettled ?? false,
    refreshing: false,
  }
  entries.set(key, entry)
  value.then(
    (result) => {
      entry.settled = result
      entry.hasSettled = true
    },
    // A failed load is not remembered; an older value, if any, stays available.
    () => {
      if (entries.get(key) !== entry) return
      if (previous?.hasSettled) entries.set(key, { ...previous, refreshing: false })
      else entries.delete(key)
    },
  )
  return entry
}

export function memo<T>(key: string, ttlMs: number, loader: () => Promise<T>): Promise<T> {
  const entry = entries.get(key)
  if (!entry) return load(key, ttlMs, loader).value as Promise<T>
  if (entry.expires > Date.now()) return entry.value as Promise<T>
  if (!entry.hasSettled) return load(key, ttlMs, loader, entry).value as Promise<T>
  if (!entry.refreshing) {
    entry.refreshing = true
    load(key, ttlMs, loader, entry).value.catch(() => undefined)
  }
  return Promise.resolve(entry.settled as T)
}

/** Forgets every cached catalog read, so the next render sees the backend as it is now. */
export function clearMemo(): void {
  entries.clear()
}
