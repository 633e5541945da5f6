/** Stands in for `astro:env/server` in unit tests, which run outside Astro. */
export const MEDUSA_BACKEND_URL = "http://backend.test"
export const MEDUSA_PUBLISHABLE_KEY = "pk_test"
export const SITE_URL = "https://sweetcrumbs.test"
export const STRIPE_PUBLISHABLE_KEY = undefined
export const REVALIDATE_SECRET = undefined
export const FRESHNESS_POLL_SECONDS = 20
export const STOREFRONT_PROXY_SECRET = "storefront-proxy-secret-test"
export const TRUST_FORWARDED_FOR = false
export const RATE_LIMIT_SIGN_IN_PER_ACCOUNT = undefined
export const RATE_LIMIT_SIGN_IN_PER_IP = undefined
export const RATE_LIMIT_SIGN_UP_PER_IP = undefined
export const RATE_LIMIT_PASSWORD_RESET_PER_EMAIL = undefined
export const RATE_LIMIT_PASSWORD_RESET_PER_IP = undefined
export const RATE_LIMIT_ORDERS_PER_IP = undefined
export const RATE_LIMIT_CART_WRITES_PER_IP = undefined
