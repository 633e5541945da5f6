/**
 * Values that decide how the backend boots. Kept apart from `medusa-config.ts`
 * so unit tests can check the production guard without booting Medusa.
 */

/** Secrets that ship in examples and templates: never acceptable in production. */
export const KNOWN_DEFAULT_SECRETS = new Set([
  "supersecret",
  "secret",
  "changeme",
  "change-me",
  "dev-jwt-secret",
  "dev-cookie-secret",
])

/**
 * The admin session cookie's flags. Browsers and express-session only keep a
 * `Secure` cookie over https, so it follows the public URL's scheme rather than
 * NODE_ENV: `npm start` serves plain http on localhost, while production sits
 * behind a TLS proxy (whose `X-Forwarded-Proto` Medusa trusts). Medusa spreads
 * these last over its own defaults.
 */
export function sessionCookieOptions(publicUrl: string) {
  return {
    secure: new URL(publicUrl).protocol === "https:",
    sameSite: "lax" as const,
    httpOnly: true,
  }
}

export type WorkerMode = "shared" | "server" | "worker"

export function workerMode(env: NodeJS.ProcessEnv = process.env): WorkerMode {
  const mode = env.MEDUSA_WORKER_MODE ?? "shared"
  if (mode !== "shared" && mode !== "server" && mode !== "worker") {
    throw new Error(
      `MEDUSA_WORKER_MODE must be "shared", "server" or "worker", not "${mode}".`
    )
  }
  return mode
}

/** The only environments where default secrets, file mail and localhost links are fine. */
const RELAXED_ENVIRONMENTS = new Set(["development", "test"])

/** Secrets the backend holds; ORDER_LINK_SECRET signs the order links in emails (shared with the storefront). */
// Without STOREFRONT_PROXY_SECRET every customer's requests count under the storefront's own
// address, so one busy hour would hit the per-address order and sign-up limits for the whole shop.
const REQUIRED_SECRETS = ["JWT_SECRET", "COOKIE_SECRET", "ORDER_LINK_SECRET", "STOREFRONT_PROXY_SECRET"] as const

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "0.0.0.0"])

/**
 * Returns the one-line reason the backend must not start, or null when the
 * environment is safe. Every NODE_ENV but `development` and `test` (staging
 * included) needs real secrets, a way to send mail and a public storefront URL.
 * `npm start` runs a production build on localhost by design, so it opts in to
 * file mail (MAIL_TO_FILES=true) and localhost links (SWEET_CRUMBS_LOCAL=true).
 */
export function productionConfigProblem(
  env: NodeJS.ProcessEnv = process.env
): string | null {
  if (RELAXED_ENVIRONMENTS.has(env.NODE_ENV ?? "development")) {
    return null
  }
  if (!env.DATABASE_URL) {
    return "DATABASE_URL is not set; production needs a real Postgres database."
  }
  for (const name of REQUIRED_SECRETS) {
    const value = env[name]
    if (!value) {
      return `${name} is not set; generate one with \`openssl rand -hex 32\`.`
    }
    if (KNOWN_DEFAULT_SECRETS.has(value) || value.length < 16) {
      return `${name} is a known default or shorter than 16 characters; generate one with \`openssl rand -hex 32\`.`
    }
  }
  if (env.STRIPE_API_KEY && !env.STRIPE_WEBHOOK_SECRET) {
    // Without it, payments that succeed after the browser closed never become orders.
    return "STRIPE_API_KEY is set but STRIPE_WEBHOOK_SECRET is not; register the webhook {MEDUSA_BACKEND_URL}/hooks/payment/stripe_stripe in Stripe and set its signing secret."
  }
  if (!env.SMTP_URL && env.MAIL_TO_FILES !== "true") {
    return "SMTP_URL is not set, so no customer would get an email; set it, or MAIL_TO_FILES=true to write emails to MAIL_OUTBOX_DIR instead."
  }
  const storefrontHost = hostOf(env.STOREFRONT_URL ?? "http://localhost:4321")
  if (storefrontHost === null) {
    return `STOREFRONT_URL "${env.STOREFRONT_URL}" is not a URL; set the storefront's public URL, e.g. https://shop.example.`
  }
  if (env.SWEET_CRUMBS_LOCAL !== "true" && LOCAL_HOSTS.has(storefrontHost)) {
    return "STOREFRONT_URL points at this machine, so links in emails would lead nowhere; set the storefront's public URL (SWEET_CRUMBS_LOCAL=true is for a shop run on localhost, as npm start does)."
  }
  return null
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname
  } catch {
    return null
  }
}
