import Redis from "ioredis"
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible"
import type { RateLimit, RateLimitName } from "@sweet-crumbs/bakery-rules/rate-limits"
import { rateLimitsFromEnv, retryAfterSeconds } from "./rules"

/** One counted attempt: which limit, under which key (an address, an email, ...). */
export type LimitKey = { limit: RateLimitName; key: string }

export type Refusal = { limit: RateLimitName; retryAfterSeconds: number }

export type RateLimiters = {
  limits: Record<RateLimitName, RateLimit>
  /**
   * Counts one attempt against every key, all or nothing: when any key is over
   * its limit, the others get their point back and the refusal with the
   * longest wait is returned.
   */
  consume(keys: LimitKey[]): Promise<Refusal | null>
  /** Gives one point back (an attempt that turned out not to count). */
  refund(keys: LimitKey[]): Promise<void>
  /** Forgets a key's count (a successful sign-in). */
  clear(keys: LimitKey[]): Promise<void>
  close(): Promise<void>
}

export type RateLimiterOptions = {
  /** Redis shared by every backend process; memory (this process only) without it. */
  redisUrl?: string
  limits?: Record<RateLimitName, RateLimit>
  /** Key prefix in Redis, so tests and shops sharing a server never mix counts. */
  prefix?: string
  /** Where store trouble is reported; the limiter then falls back to memory. */
  onStoreError?: (error: unknown) => void
}

/** Builds one limiter per rule, in Redis when `redisUrl` is given. */
export function createRateLimiters({
  redisUrl,
  limits = rateLimitsFromEnv(),
  prefix = "sweet-crumbs:rate-limit",
  onStoreError = () => {},
}: RateLimiterOptions = {}): RateLimiters {
  // While connecting, commands wait in the queue (so a new process counts in
  // Redis from its first request); when Redis is away they fail after one
  // retry and the in-memory insurance limiter answers instead.
  const redis = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2000 }) : null
  redis?.on("error", onStoreError)

  const limiters = {} as Record<RateLimitName, RateLimiterAbstract>
  for (const [name, limit] of Object.entries(limits) as [RateLimitName, RateLimit][]) {
    const options = { keyPrefix: `${prefix}:${name}`, points: limit.points, duration: limit.duration }
    limiters[name] = redis
      ? new RateLimiterRedis({
          ...options,
          storeClient: redis,
          insuranceLimiter: new RateLimiterMemory(options),
        })
      : new RateLimiterMemory(options)
  }

  const refund = async (keys: LimitKey[]) => {
    await Promise.all(keys.map(({ limit, key }) => limiters[limit].reward(key, 1).catch(onStoreError)))
  }

  return {
    limits,
    async consume(keys) {
      const results = await Promise.allSettled(keys.map(({ limit, key }) => limiters[limit].consume(key, 1)))
      const refusals: Refusal[] = []
      const counted: LimitKey[] = []
      results.forEach((result, i) => {
        if (result.status === "fulfilled") {
          counted.push(keys[i])
        } else if (result.reason instanceof RateLimiterRes) {
          // An attempt refused here never reached the password check: it uses up nothing.
          counted.push(keys[i])
          refusals.push({ limit: keys[i].limit, retryAfterSeconds: retryAfterSeconds(result.reason.msBeforeNext) })
        } else {
          // Store trouble even the insurance could not absorb: let the request through.
          onStoreError(result.reason)
        }
      })
      if (!refusals.length) {
        return null
      }
      await refund(counted)
      return refusals.reduce((longest, r) => (r.retryAfterSeconds > longest.retryAfterSeconds ? r : longest))
    },
    refund,
    async clear(keys) {
      await Promise.all(keys.map(({ limit, key }) => limiters[limit].delete(key).catch(onStoreError)))
    },
    async close() {
      await redis?.quit().catch(() => redis.disconnect())
    },
  }
}
