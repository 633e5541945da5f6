// Plain ESM so both the Astro bundle (middleware) and the production server (server.mjs, run by Node as is) share it.

/** Catalog HTML: fresh for a minute, then served stale for a day while the browser or CDN re-checks in the background. */
export const PAGE_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=86400"

/** Build assets under /_astro/: their names carry a content hash, so they never change. */
export const ASSET_CACHE_CONTROL = "public, max-age=31536000, immutable"
