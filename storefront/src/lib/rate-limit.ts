import { RATE_LIMIT_DEFAULTS, tooManyMessage, type RateLimit, type RateLimitName } from "@sweet-crumbs/bakery-rules/rate-limits"
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible"

/**
 * The storefront's own limits, counted per visitor address before it calls the backend (which
 * counts again, with the address the storefront names). Memory is enough: one storefront process
 * serves the shop. The numbers, variables and sentences are the backend's (@sweet-crumbs/bakery-rules).
 */

/** The limits the storefront can count before it calls the backend (the email ones need the backend's view). */
const STOREFRONT_LIMITS = [
  "sign_in_account",
  "sign_in_ip",
  "sign_up_ip",
  "password_reset_email",
  "password_reset_ip",
  "orders_ip",
  "cart_writes_ip",
] as const satisfies readonly RateLimitName[]

export type LimitName = (typeof STOREFRONT_LIMITS)[number]

export const DEFAULT_LIMITS = Object.fromEntries(STOREFRONT_LIMITS.map((name) => [name, RATE_LIMIT_DEFAULTS[name]])) as Record<LimitName, RateLimit>

/** The defaults with the numbers the environment sets (undefined keeps a default). */
export function limitsWith(points: Partial<Record<LimitName, number | undefined>>): Record<LimitName, RateLimit> {
  const limits = { ...DEFAULT_LIMITS }
  for (const [name, value] of Object.entries(points) as [LimitName, number | undefined][]) {
    if (value !== undefined) limits[name] = { ...limits[name], points: value }
  }
  return limits
}

export type LimitKey = { limit: LimitName; key: string }

export type Limiter = {
  /** Counts one attempt against every key; over any limit, the sentence to show (and nothing counted). */
  take(keys: LimitKey[]): Promise<string | null>
  refund(keys: LimitKey[]): Promise<void>
  clear(keys: LimitKey[]): Promise<void>
  /** Sign-in: a failure keeps its points, a success clears the account, anything else gives them back. */
  signIn(ip: string, email: string): Promise<{ refused: string } | { settle(outcome: "failed" | "succeeded" | "other"): Promise<void> }>
}

export function createLimiter(limits: Record<LimitName, RateLimit> = DEFAULT_LIMITS): Limiter {
  const limiters = Object.fromEntries(
    Object.entries(limits).map(([name, { points, duration }]) => [name, new RateLimiterMemory({ keyPrefix: name, points, duration })]),
  ) as Record<LimitName, RateLimiterMemory>

  const refund = async (keys: LimitKey[]) => {
    await Promise.all(keys.map(({ limit, key }) => limiters[limit].reward(key, 1)))
  }
  const clear = async (keys: LimitKey[]) => {
    await Promise.all(keys.map(({ limit, key }) => limiters[limit].delete(key)))
  }
  const take = async (keys: LimitKey[]) => {
    const results = await Promise.allSettled(keys.map(({ limit, key }) => limiters[limit].consume(key, 1)))
    let longest: { limit: LimitName; ms: number } | null = null
    results.forEach((result, i) => {
      if (result.status === "rejected" && result.reason instanceof RateLimiterRes) {
        if (!longest || result.reason.msBeforeNext > longest.ms) longest = { limit: keys[i].limit, ms: result.reason.msBeforeNext }
      } else if (result.status === "rejected") {
        throw result.reason
      }
    })
    if (!longest) return null
    const refused: { limit: LimitName; ms: number } = longest
    // A refused attempt never reaches the backend: it uses nothing up.
    await refund(keys)
    return tooManyMessage(limits[refused.limit].topic, refused.ms / 1000)
  }

  return {
    take,
    refund,
    clear,
    async signIn(ip, email) {
      const account: LimitKey = { limit: "sign_in_account", key: email.trim().toLowerCase() }
      const address: LimitKey = { limit: "sign_in_ip", key: ip }
      const refused = await take([address, account])
      if (refused) return { refused }
      return {
        async settle(outcome) {
          if (outcome === "failed") return
          await refund(outcome === "succeeded" ? [address] : [address, account])
          if (outcome === "succeeded") await clear([account])
        },
      }
    },
  }
}
