import type { Logger } from "@medusajs/framework/types"
import { createRateLimiters, type RateLimiters } from "./limiter"

export * from "./rules"
export * from "./limiter"

let shared: RateLimiters | null = null

/**
 * The backend process's limiters, made on first use: in Redis when REDIS_URL
 * is set, so every API process counts the same attempts; in memory otherwise.
 */
export function sharedRateLimiters(logger?: Logger): RateLimiters {
  if (!shared) {
    let lastWarning = 0
    shared = createRateLimiters({
      redisUrl: process.env.REDIS_URL,
      onStoreError: (error) => {
        // Once a minute is enough to tell Maya's operator that counts are per process for now.
        if (Date.now() - lastWarning > 60_000) {
          lastWarning = Date.now()
          logger?.warn(`Rate limits fall back to this process's memory: ${(error as Error)?.message ?? error}`)
        }
      },
    })
  }
  return shared
}
