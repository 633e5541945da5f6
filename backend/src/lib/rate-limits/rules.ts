import { createHash, timingSafeEqual } from "node:crypto"
import { isIP } from "node:net"
import { RATE_LIMIT_DEFAULTS, type RateLimit, type RateLimitName } from "@sweet-crumbs/bakery-rules/rate-limits"

/**
 * Which requests are limited and by what key: plain data and functions, so
 * unit tests reach every rule without a server or a store. The limits and the
 * customer's sentence are the bakery rules' (@sweet-crumbs/bakery-rules/rate-limits),
 * shared with the storefront.
 */

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

/** Whole seconds for a Retry-After header, never 0. */
export function retryAfterSeconds(msBeforeNext: number): number {
  return Math.max(1, Math.ceil(msBeforeNext / 1000))
}
