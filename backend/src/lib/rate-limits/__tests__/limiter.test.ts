import { spawnSync } from "node:child_process"
import { afterAll, describe, expect, it } from "vitest"
import { createRateLimiters, type RateLimiters } from "../limiter"
import { rateLimitsFromEnv } from "../rules"

/** A Redis database index of its own, so counts never mix with a shop on the same server. */
const REDIS_URL = process.env.RATE_LIMIT_TEST_REDIS_URL ?? "redis://127.0.0.1:6379/13"

function redisReachable(): boolean {
  const { hostname, port } = new URL(REDIS_URL)
  const probe = `require("net").connect(${Number(port || 6379)}, ${JSON.stringify(hostname)}, () => process.exit(0)).on("error", () => process.exit(1))`
  return spawnSync(process.execPath, ["-e", probe], { timeout: 5000 }).status === 0
}

const limits = rateLimitsFromEnv({ RATE_LIMIT_SIGN_IN_PER_ACCOUNT: "3", RATE_LIMIT_SIGN_IN_PER_IP: "5" })
const opened: RateLimiters[] = []
const open = (options: Parameters<typeof createRateLimiters>[0] = {}) => {
  const limiters = createRateLimiters({ limits, ...options })
  opened.push(limiters)
  return limiters
}

afterAll(async () => {
  await Promise.all(opened.map((l) => l.close()))
})

describe("rate limiters", () => {
  it("refuses the attempt over the limit with the time to wait, and gives back what a refusal took", async () => {
    const rate = open()
    const account = { limit: "sign_in_account" as const, key: "customer:jane@example.com" }
    const ip = { limit: "sign_in_ip" as const, key: "203.0.113.1" }
    for (let i = 0; i < 3; i++) {
      expect(await rate.consume([ip, account])).toBeNull()
    }
    const refusal = await rate.consume([ip, account])
    expect(refusal).toMatchObject({ limit: "sign_in_account" })
    expect(refusal!.retryAfterSeconds).toBeGreaterThan(50)
    expect(refusal!.retryAfterSeconds).toBeLessThanOrEqual(60)
    // The refused attempt took nothing from the address: two more accounts still fit in its 5.
    expect(await rate.consume([ip, { limit: "sign_in_account", key: "customer:a@example.com" }])).toBeNull()
    expect(await rate.consume([ip, { limit: "sign_in_account", key: "customer:b@example.com" }])).toBeNull()
    expect(await rate.consume([ip, { limit: "sign_in_account", key: "customer:c@example.com" }])).toMatchObject({ limit: "sign_in_ip" })
  })

  it("forgets an account's count when cleared, and a refund gives one point back", async () => {
    const rate = open()
    const account = { limit: "sign_in_account" as const, key: "user:maya@sweetcrumbs.example" }
    for (let i = 0; i < 3; i++) await rate.consume([account])
    await rate.clear([account])
    for (let i = 0; i < 3; i++) expect(await rate.consume([account])).toBeNull()
    await rate.refund([account])
    expect(await rate.consume([account])).toBeNull()
    expect(await rate.consume([account])).not.toBeNull()
  })

  describe.skipIf(!redisReachable())("in Redis", () => {
    it("shares one count between limiters of different processes", async () => {
      const prefix = `sweet-crumbs-test:${process.pid}:${Date.now()}`
      // Two backend processes: each builds its own limiters and Redis connection.
      const a = open({ redisUrl: REDIS_URL, prefix })
      const b = open({ redisUrl: REDIS_URL, prefix })
      const account = { limit: "sign_in_account" as const, key: "user:maya@sweetcrumbs.example" }
      expect(await a.consume([account])).toBeNull()
      expect(await b.consume([account])).toBeNull()
      expect(await a.consume([account])).toBeNull()
      expect(await b.consume([account])).toMatchObject({ limit: "sign_in_account" })
      expect(await a.consume([account])).toMatchObject({ limit: "sign_in_account" })
      // Clearing in one process (a successful sign-in there) clears it for the other.
      await a.clear([account])
      expect(await b.consume([account])).toBeNull()
      // A memory-only limiter (a process without REDIS_URL) counts on its own.
      expect(await open({ prefix }).consume([account])).toBeNull()
    })

    it("keeps limiting in memory while Redis cannot be reached", async () => {
      const errors: unknown[] = []
      const rate = open({ redisUrl: "redis://127.0.0.1:1/13", prefix: `sweet-crumbs-test:${process.pid}:down`, onStoreError: (e) => errors.push(e) })
      const account = { limit: "sign_in_account" as const, key: "customer:jane@example.com" }
      for (let i = 0; i < 3; i++) expect(await rate.consume([account])).toBeNull()
      expect(await rate.consume([account])).toMatchObject({ limit: "sign_in_account" })
      expect(errors.length).toBeGreaterThan(0)
    })
  })
})
