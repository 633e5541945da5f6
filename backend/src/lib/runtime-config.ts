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

/**
 * Returns the one-line reason the backend must not start in production, or
 * null when the environment is safe. Outside production every default is fine.
 */
export function productionConfigProblem(
  env: NodeJS.ProcessEnv = process.env
): string | null {
  if (env.NODE_ENV !== "production") {
    return null
  }
  if (!env.DATABASE_URL) {
    return "DATABASE_URL is not set; production needs a real Postgres database."
  }
  for (const name of ["JWT_SECRET", "COOKIE_SECRET"] as const) {
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
  return null
}
