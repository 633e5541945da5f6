import { createHash, timingSafeEqual } from "node:crypto"
import { isIP } from "node:net"

/**
 * Which requests are limited, by what key and how much: plain data and
 * functions, so unit tests reach every rule without a server or a store.
 */

export type RateLimitName =
  | "sign_in_account"
  | "sign_in_ip"
  | "sign_up_ip"
  | "password_reset_email"
  | "password_reset_ip"
  | "orders_ip"
  | "orders_email"
  | "cart_writes_ip"
  | "waitlist_ip"
  | "waitlist_email"

/** What a refused request was trying to do; decides the sentence the customer reads. */
export type RateLimitTopic = "sign_in" | "sign_up" | "password_reset" | "orders" | "cart_writes" | "waitlist"

export type RateLimit = {
  /** Attempts allowed per window. */
  points: number
  /** Window length in seconds. */
  duration: number
  /** The variable that overrides `points`. */
  env: string
  topic: RateLimitTopic
}

const MINUTE = 60
const HOUR = 60 * MINUTE

/** The shop's limits; each number can be changed with its variable. */
export const RATE_LIMIT_DEFAULTS: Record<RateLimitName, RateLimit> = {
  // Failed sign-ins only: a successful one clears its account's count.
  sign_in_account: { points: 5, duration: MINUTE, env: "RATE_LIMIT_SIGN_IN_PER_ACCOUNT", topic: "sign_in" },
  sign_in_ip: { points: 20, duration: MINUTE, env: "RATE_LIMIT_SIGN_IN_PER_IP", topic: "sign_in" },
  sign_up_ip: { points: 10, duration: HOUR, env: "RATE_LIMIT_SIGN_UP_PER_IP", topic: "sign_up" },
  password_reset_email: { points: 3, duration: HOUR, env: "RATE_LIMIT_PASSWORD_RESET_PER_EMAIL", topic: "password_reset" },
  password_reset_ip: { points: 10, duration: HOUR, env: "RATE_LIMIT_PASSWORD_RESET_PER_IP", topic: "password_reset" },
  orders_ip: { points: 20, duration: HOUR, env: "RATE_LIMIT_ORDERS_PER_IP", topic: "orders" },
  orders_email: { points: 10, duration: HOUR, env: "RATE_LIMIT_ORDERS_PER_EMAIL", topic: "orders" },
  cart_writes_ip: { points: 300, duration: MINUTE, env: "RATE_LIMIT_CART_WRITES_PER_IP", topic: "cart_writes" },
  waitlist_ip: { points: 20, duration: HOUR, env: "RATE_LIMIT_WAITLIST_PER_IP", topic: "waitlist" },
  waitlist_email: { points: 10, duration: HOUR, env: "RATE_LIMIT_WAITLIST_PER_EMAIL", topic: "waitlist" },
}

/** The limits with the environment's overrides; a value that is not a positive whole number stops the backend. */
export function rateLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<RateLimitName, RateLimit> {
  const limits = {} as Record<RateLimitName, RateLimit>
  for (const [name, limit] of Object.entries(RATE_LIMIT_DEFAULTS) as [RateLimitName, RateLimit][]) {
    limits[name] = { ...limit, points: positiveWholeNumber(env, limit.env, limit.points) }
  }
  return limits
}

export function positiveWholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim()
  if (!raw) {
    return fallback
  }
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a whole number of at least 1, not "${raw}".`)
  }
  return value
}

/** Accounts are counted by email as people type it: "  Maya@Shop.example " is maya@shop.example. */
export function normaliseEmail(value: unknown): string | null {
  if (typeof value !== "string") {
    return null
  }
  const email = value.trim().toLowerCase()
  return email ? email.slice(0, 320) : null
}

/**
 * The key an address is counted under. IPv4-mapped IPv6 is plain IPv4; other
 * IPv6 addresses count per /64, the block one household or server is given,
 * so rotating addresses inside it does not buy more attempts.
 */
export function ipKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)
  if (mapped) {
    return mapped[1]
  }
  if (isIP(ip) !== 6) {
    return ip
  }
  return `${expandIpv6(ip).slice(0, 4).join(":")}::/64`
}

function expandIpv6(ip: string): string[] {
  const [head, tail = ""] = ip.split("%")[0].toLowerCase().split("::")
  const left = head ? head.split(":") : []
  const right = ip.includes("::") ? (tail ? tail.split(":") : []) : []
  const missing = 8 - left.length - right.length
  return [...left, ...Array(Math.max(missing, 0)).fill("0"), ...right].map((part) => part.replace(/^0+(?=.)/, ""))
}

/** Headers the storefront sends with each call it makes for a visitor. */
export const CLIENT_IP_HEADER = "x-sweet-crumbs-client-ip"
export const PROXY_SECRET_HEADER = "x-sweet-crumbs-proxy-secret"

export type ClientIpInput = {
  /** The TCP peer. */
  socketIp: string | undefined
  /** Express's `req.ip`: the last X-Forwarded-For hop (Medusa sets `trust proxy` to 1). */
  forwardedForIp: string | undefined
  /** CLIENT_IP_HEADER and PROXY_SECRET_HEADER as received. */
  clientIpHeader: string | undefined
  proxySecretHeader: string | undefined
}

export type ClientIpTrust = {
  /** STOREFRONT_PROXY_SECRET: only a caller that knows it may name the client's address. */
  proxySecret: string | undefined
  /** TRUST_FORWARDED_FOR=true: a TLS proxy in front appends the client to X-Forwarded-For. */
  trustForwardedFor: boolean
}

/**
 * The address a request is counted under. The storefront's header is believed
 * only with the shared secret; X-Forwarded-For only when the operator says a
 * proxy sets it. Anything else is what anyone on the internet could forge.
 */
export function resolveClientIp(input: ClientIpInput, trust: ClientIpTrust): string {
  const named = input.clientIpHeader?.trim()
  if (named && isIP(named) && trust.proxySecret && secretsMatch(input.proxySecretHeader, trust.proxySecret)) {
    return ipKey(named)
  }
  const peer = trust.trustForwardedFor ? input.forwardedForIp ?? input.socketIp : input.socketIp
  return ipKey(peer || "unknown")
}

/** Constant-time comparison that also hides the expected secret's length. */
export function secretsMatch(given: string | undefined, expected: string): boolean {
  if (!given) {
    return false
  }
  const digest = (value: string) => createHash("sha256").update(value).digest()
  return timingSafeEqual(digest(given), digest(expected))
}

/** "45 seconds", "a minute", "12 minutes": how long to wait, as a person says it. */
export function waitPhrase(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds))
  if (s < 50) {
    return s === 1 ? "1 second" : `${s} seconds`
  }
  const minutes = Math.round(s / 60) || 1
  return minutes === 1 ? "a minute" : `${minutes} minutes`
}

/** What a refused customer or Maya reads. */
export function tooManyMessage(topic: RateLimitTopic, retryAfterSeconds: number): string {
  const wait = waitPhrase(retryAfterSeconds)
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
    case "waitlist":
      return `Too many "tell me when it's back" sign-ups. Please wait ${wait} and try again.`
  }
}

/** Whole seconds for a Retry-After header, never 0. */
export function retryAfterSeconds(msBeforeNext: number): number {
  return Math.max(1, Math.ceil(msBeforeNext / 1000))
}
