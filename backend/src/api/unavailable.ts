import type { MedusaErrorHandlerFunction, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkReadiness, type ReadinessReport } from "../lib/readiness"

/** What a customer or Maya reads while Postgres or Redis is away. */
export const SHOP_UNAVAILABLE = {
  type: "unavailable",
  message: "The shop is having trouble right now, please try again in a minute.",
} as const
/** Seconds a client is asked to wait before trying again. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 30

/** Node socket codes and Postgres SQLSTATEs of a lost or refused connection (class 08, 57P01–57P03). */
const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006"])
const CONNECTION_NAMES = new Set(["KnexTimeoutError", "ConnectionException", "MaxRetriesPerRequestError"])
/** Messages of pg, Knex and ioredis for the same, when no code survived Medusa's wrapping. */
const CONNECTION_MESSAGES =
  /Timeout acquiring a connection|Connection terminated|connection ended unexpectedly|terminating connection due to administrator command|the database system is (starting up|shutting down)|connect ECONNREFUSED|Connection is closed|Stream isn't writeable|Reached the max retries per request/i

/**
 * Whether `error` (or an error it wraps, through `cause`, `previous` or
 * `originalError`) says Postgres or Redis cannot be reached, rather than that
 * the request was wrong or our code failed.
 */
export function isConnectionFailure(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false
  const e = error as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; previous?: unknown; originalError?: unknown }
  if (typeof e.code === "string" && CONNECTION_CODES.has(e.code)) return true
  if (typeof e.name === "string" && CONNECTION_NAMES.has(e.name)) return true
  if (typeof e.message === "string" && CONNECTION_MESSAGES.test(e.message)) return true
  return [e.cause, e.previous, e.originalError].some((inner) => isConnectionFailure(inner, depth + 1))
}

/** Answers 503 with the shop's sentence and a Retry-After. */
export function answerUnavailable(res: MedusaResponse) {
  res.setHeader("retry-after", String(UNAVAILABLE_RETRY_AFTER_SECONDS))
  res.status(503).json(SHOP_UNAVAILABLE)
}

/**
 * Wraps the shop's error handler: a request that failed because Postgres or
 * Redis went away answers 503 with a sentence a person understands (Medusa
 * would say 500 "An unknown error occurred"); every other error goes on.
 */
export function withUnavailableErrors(handler: MedusaErrorHandlerFunction): MedusaErrorHandlerFunction {
  return (error, req, res, next) => {
    if (isConnectionFailure(error) && !res.headersSent) {
      req.scope?.resolve?.("logger")?.warn?.(`Answered 503 to ${req.method} ${req.path}: ${error?.message ?? error}`)
      return answerUnavailable(res)
    }
    return handler(error, req, res, next)
  }
}

/** The part of Knex's pool (tarn) that says whether Postgres accepts new connections. */
type WatchedPool = {
  on(event: "createSuccess" | "createFail", listener: () => void): unknown
  propagateCreateError: boolean
}
/** The part of Medusa's PG connection (a Knex instance) that holds its pool. */
type PooledDatabase = { client?: { pool?: WatchedPool } }
/** Whether the pool's last attempt to open a connection failed (Postgres refused or was gone). */
let databaseRefusing = false
let watchedPool: WatchedPool | null = null

/**
 * Watches Medusa's one pool, and makes a refused connection fail the request
 * waiting for it (tarn's `propagateCreateError`, which Medusa turns off and
 * medusa-config cannot turn on): so a request that reached the pool as
 * Postgres stopped fails at once with a connection error (503 below) instead
 * of waiting up to a minute for Postgres to return. Called once, as the API
 * loads, because Medusa's own publishable-key check queries Postgres before
 * any middleware of ours runs, even on the first request after a start.
 */
export function failFastWhilePostgresRefuses(database: PooledDatabase | undefined) {
  const pool = database?.client?.pool
  if (!pool || pool === watchedPool) return
  watchedPool = pool
  pool.propagateCreateError = true
  pool.on("createFail", () => (databaseRefusing = true))
  pool.on("createSuccess", () => (databaseRefusing = false))
}

/**
 * The routes `refuseWhileUnavailable` guards. Medusa mounts a middleware
 * without `methods` with Express's `use`, which runs it only when the match
 * ends at a "/" or at the end of the path, so the pattern stops before the
 * slash: `/^\/store\//` would match no request at all.
 */
export const GUARDED_ROUTES = /^\/(store|admin|auth)(?=\/|$)/

/** A database check that always passes: the pool itself says Postgres is fine. */
const HEALTHY_POOL = { raw: async () => undefined }

/** The readiness check in flight; requests arriving meanwhile wait for it instead of starting their own. */
let inFlight: Promise<ReadinessReport> | null = null

/**
 * Answers 503 at once while Postgres or Redis does not answer. Without it a
 * request waits for Knex's pool (60 s, which Medusa 2.21 does not let
 * medusa-config change) or ioredis' reconnects before failing. Redis is
 * pinged on every request (shared by the requests of the same moment);
 * Postgres is queried only once the pool failed to open a connection, since
 * a `select 1` behind a busy pool would call a loaded shop unavailable. The
 * first good connection after Postgres returns clears it.
 */
export async function refuseWhileUnavailable(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!process.env.REDIS_URL && !databaseRefusing) {
    return next()
  }
  inFlight ??= checkReadiness({
    database: databaseRefusing ? req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION) : HEALTHY_POOL,
    redisUrl: process.env.REDIS_URL,
  }).finally(() => {
    inFlight = null
  })
  const report = await inFlight
  if (report.status !== "ready") {
    return answerUnavailable(res)
  }
  next()
}
