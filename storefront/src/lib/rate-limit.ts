import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible"

/**
 * The storefront's own limits, counted per visitor address before it calls the backend (which
 * counts again, with the address the storefront names). Memory is enough: one storefront process
 * serves the shop. The numbers and variables are the backend's (README "Security").
 */

export type LimitTopic = "sign_in" | "sign_up" | "password_reset" | "orders" | "cart_writes"

export type LimitName =
  | "sign_in_account"
  | "sign_in_ip"
  | "sign_up_ip"
  | "password_reset_email"
  | "password_reset_ip"
  | "orders_ip"
  | "cart_writes_ip"

export type Limit = { points: number; duration: number; topic: LimitTopic }

const MINUTE = 60
const HOUR = 60 * MINUTE

export const DEFAULT_LIMITS: Record<LimitName, Limit> = {
  sign_in_account: { points: 5, duration: MINUTE, topic: "sign_in" },
  sign_in_ip: { points: 20, duration: MINUTE, topic: "sign_in" },
  sign_up_ip: { points: 10, duration: HOUR, topic: "sign_up" },
  password_reset_email: { points: 3, duration: HOUR, topic: "password_reset" },
  password_reset_ip: { points: 10, duration: HOUR, topic: "password_reset" },
  orders_ip: { points: 20, duration: HOUR, topic: "orders" },
  cart_writes_ip: { points: 300, duration: MINUTE, topic: "cart_writes" },
}

/** The defaults with the numbers the environment sets (undefined keeps a default). */
export function limitsWith(points: Partial<Record<LimitName, number | undefined>>): Record<LimitName, Limit> {
  const limits = { ...DEFAULT_LIMITS }
  for (const [name, value] of Object.entries(points) as [LimitName, number | undefined][]) {
    if (value !== undefined) limits[name] = { ...limits[name], points: value }
  }
  return limits
}

/** "45 seconds", "a minute", "12 minutes". */
export function waitPhrase(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds))
  if (s < 50) return s === 1 ? "1 second" : `${s} seconds`
  const minutes = Math.round(s / 60) || 1
  return minutes === 1 ? "a minute" : `${minutes} minutes`
}

/** The same sentences the backend answers with, so a customer reads one voice. */
export function tooManyMessage(topic: LimitTopic, seconds: number): string {
  const wait = waitPhrase(seconds)
  switch (topic) {
    case "sign_in":
      return `Too many sign-in attempts. Please wait ${wait} and try again.`
    case "sign_up":
      return `Too many new accounts from your connection. Please wait ${wait} and try again.`
    case "password_reset":
      return `Too many password reset requests. Check your inbox (and spam folder) for the emails already sent, or wait ${wait} and ask again.`
    case "orders":
      return `Too many orders in a short time. Please wait ${wait} and try again, or call the bakery.`
    case "cart_writes":
      return `That was a lot of basket changes at once. Please wait ${wait} and try again.`
  }
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

export function createLimiter(limits: Record<LimitName, Limit> = DEFAULT_LIMITS): Limiter {
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
