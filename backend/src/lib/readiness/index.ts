import Redis from "ioredis"

/** How long one dependency may take to answer before the backend calls itself not ready. */
export const READINESS_CHECK_TIMEOUT_MS = 1000

export type CheckOutcome = "ok" | "not configured" | "unreachable" | "timed out"

export type ReadinessReport = {
  status: "ready" | "unavailable"
  checks: { database: CheckOutcome; redis: CheckOutcome }
}

/** The part of Medusa's PG connection (a Knex instance) the check needs. */
type Database = { raw(sql: string): PromiseLike<unknown> }

class CheckTimedOut extends Error {}

/** Resolves to the check's outcome; never rejects, so one slow dependency cannot hide another's state. */
async function outcome(check: () => PromiseLike<unknown>, timeoutMs: number): Promise<CheckOutcome> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CheckTimedOut()), timeoutMs)
  })
  try {
    await Promise.race([check(), deadline])
    return "ok"
  } catch (error) {
    return error instanceof CheckTimedOut ? "timed out" : "unreachable"
  } finally {
    clearTimeout(timer)
  }
}

let redisClient: { url: string; client: Redis } | null = null

/**
 * One client per process for readiness pings. Without an offline queue a ping
 * while Redis is away fails at once instead of waiting for a reconnect; the
 * client keeps reconnecting in the background, so the next ping after Redis
 * returns succeeds.
 */
function readinessRedis(url: string): Redis {
  if (redisClient?.url !== url) {
    redisClient?.client.disconnect()
    const client = new Redis(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: READINESS_CHECK_TIMEOUT_MS,
      retryStrategy: (attempt) => Math.min(attempt * 100, READINESS_CHECK_TIMEOUT_MS),
    })
    // Redis being away is this check's answer, not an error to log on every retry.
    client.on("error", () => {})
    redisClient = { url, client }
  }
  return redisClient.client
}

async function pingRedis(client: Redis): Promise<void> {
  // The first check opens the connection; later ones find it ready, or fail at once while it reconnects.
  if (client.status === "wait") {
    await client.connect()
  }
  await client.ping()
}

/**
 * Whether this backend can serve requests: Postgres answers `select 1` and,
 * when the shop runs with Redis, Redis answers PING, each within the timeout.
 */
export async function checkReadiness({
  database,
  redisUrl,
  timeoutMs = READINESS_CHECK_TIMEOUT_MS,
}: {
  database: Database
  redisUrl?: string
  timeoutMs?: number
}): Promise<ReadinessReport> {
  const [databaseOutcome, redisOutcome] = await Promise.all([
    outcome(() => database.raw("select 1"), timeoutMs),
    redisUrl ? outcome(() => pingRedis(readinessRedis(redisUrl)), timeoutMs) : Promise.resolve("not configured" as const),
  ])
  const healthy = (o: CheckOutcome) => o === "ok" || o === "not configured"
  return {
    status: healthy(databaseOutcome) && healthy(redisOutcome) ? "ready" : "unavailable",
    checks: { database: databaseOutcome, redis: redisOutcome },
  }
}
