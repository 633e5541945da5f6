// @ts-check
// Plain ESM so both the Astro bundle (middleware) and the production server (server.mjs, run by Node as is) share it.

/**
 * @typedef {object} SecurityConfig
 * @property {string | undefined} [MEDUSA_BACKEND_URL] product images come from the backend's /static
 * @property {string | undefined} [SITE_URL] the storefront's public URL; https turns on HSTS
 * @property {string | undefined} [STRIPE_PUBLISHABLE_KEY] set when card payments go through Stripe's Payment Element
 */

/** Stripe.js is loaded from here and renders its card fields in frames from here and hooks (3-D Secure), as Stripe documents. */
const STRIPE_SCRIPTS = ["https://js.stripe.com", "https://*.js.stripe.com"]
const STRIPE_FRAMES = ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"]
/** Stripe.js talks to its API from the page (Stripe's documented CSP). */
const STRIPE_API = "https://api.stripe.com"

/**
 * The headers every storefront response carries (README "Security"), built from the same variables as
 * the rest of the storefront, with the same defaults.
 *
 * Scripts: only our own files (Astro's small scripts are kept external by `vite.build.assetsInlineLimit`
 * in astro.config.mjs; JSON-LD blocks are data, which CSP does not run). Styles: 'unsafe-inline', because
 * Astro inlines small stylesheets into every page and server-rendered pages have no build-time list of
 * them to hash; inline CSS cannot run script, and no page renders a customer's markup.
 * @param {SecurityConfig} config
 * @returns {Record<string, string>}
 */
export function securityHeaders({ MEDUSA_BACKEND_URL, SITE_URL, STRIPE_PUBLISHABLE_KEY } = {}) {
  const backend = new URL(MEDUSA_BACKEND_URL || "http://localhost:9000").origin
  const site = new URL(SITE_URL || "http://localhost:4321")
  const stripe = Boolean(STRIPE_PUBLISHABLE_KEY)
  const directives = [
    ["default-src", "'self'"],
    ["img-src", "'self'", backend, "data:"],
    ["script-src", "'self'", ...(stripe ? STRIPE_SCRIPTS : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    ...(stripe ? [["frame-src", ...STRIPE_FRAMES], ["connect-src", "'self'", STRIPE_API]] : []),
    ["frame-ancestors", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["object-src", "'none'"],
  ]
  /** @type {Record<string, string>} */
  const headers = {
    "Content-Security-Policy": directives.map((directive) => directive.join(" ")).join("; "),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
  }
  // Only over https: a browser that saw HSTS for localhost would refuse npm start's plain http afterwards.
  if (site.protocol === "https:") headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
  return headers
}
