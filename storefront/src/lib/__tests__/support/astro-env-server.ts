/** Stands in for `astro:env/server` in unit tests, which run outside Astro. */
export const MEDUSA_BACKEND_URL = "http://backend.test"
export const MEDUSA_PUBLISHABLE_KEY = "pk_test"
export const SITE_URL = "https://sweetcrumbs.test"
export const STRIPE_PUBLISHABLE_KEY = undefined
export const REVALIDATE_SECRET = undefined
export const FRESHNESS_POLL_SECONDS = 20
