/**
 * Production behaviour a load balancer relies on, with real processes:
 * `medusa start` as API server and as worker against a fresh migrated
 * database on the test Postgres and Redis (database index 14 by default,
 * READINESS_TEST_REDIS_URL to change it).
 *
 * - GET /ready answers 200 while Postgres and Redis answer, 503 naming the
 *   one that does not while its link is cut (an outage proxy sits between
 *   the API server and each of them), and 200 again once it is back; /health
 *   (liveness) stays 200 throughout. Meanwhile store and auth requests get
 *   the shop's 503 sentence instead of waiting for the dependency.
 * - On SIGTERM the API server finishes a request that is in flight, refuses
 *   new connections and exits 0; so does the worker. A request that never
 *   finishes is cut after the 10-second deadline (backend/instrumentation.ts)
 *   and the process exits 1.
 */
import type { ChildProcess } from "node:child_process"
import http from "node:http"
// @ts-ignore -- plain ESM helper shared with `npm start`
import { freePort, refusesConnections } from "../../../scripts/lib/ports.mjs"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  createMigratedDatabase,
  dropDatabase,
  exited,
  logs,
  medusaEnv,
  requireRedis,
  runMedusa,
  sql,
  stopProcess,
  suiteDatabase,
  waitForHealth,
} from "./medusa-processes"
import { startOutageProxy } from "./outage-proxy"
import { SHOP_UNAVAILABLE, UNAVAILABLE_RETRY_AFTER_SECONDS } from "../../src/api/unavailable"

const REDIS_URL = process.env.READINESS_TEST_REDIS_URL ?? "redis://127.0.0.1:6379/14"
const db = suiteDatabase("readiness")

const backendEnv = (extra: Record<string, string>) => medusaEnv(db, "readiness", extra)

const hasRedis = requireRedis(REDIS_URL, "readiness and shutdown", "READINESS_TEST_REDIS_URL")

type Readiness = { status: number; body: any }

async function readiness(base: string): Promise<Readiness> {
  // A readiness check that hangs is as bad as a wrong one: the guard turns a hang into a failure.
  const response = await fetch(`${base}/ready`, { signal: AbortSignal.timeout(10_000) })
  return { status: response.status, body: await response.json() }
}

/** A shopper's request while a dependency is away, answered (not hung for the pool's minute) within the guard. */
async function shopperAnswer(base: string, path: string, init: RequestInit = {}) {
  const response = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(10_000) })
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: await response.json() }
}

/** A catalog read: Medusa checks its publishable key in Postgres before any middleware of ours (a key of its own, so no cache answers). */
const catalogRead = (base: string) =>
  shopperAnswer(base, "/store/products?limit=1", { headers: { "x-publishable-api-key": `pk_outage_${Date.now()}_${Math.random().toString(36).slice(2)}` } })

/** A sign-in: no Medusa middleware stands before ours. */
const signIn = (base: string) =>
  shopperAnswer(base, "/auth/customer/emailpass", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: `outage-${Date.now()}@example.com`, password: "crumbly-shortbread-42" }),
  })

/** Polls /ready until it answers 200 (the dependency's clients reconnect in the background). */
async function readyAgain(base: string): Promise<Readiness> {
  const deadline = Date.now() + 60_000
  let last = await readiness(base)
  while (last.status !== 200 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500))
    last = await readiness(base)
  }
  return last
}

/** Resolves when `text` appears in the process's output. */
async function logged(name: string, text: string) {
  const deadline = Date.now() + 30_000
  while (!logs[name].includes(text)) {
    if (Date.now() > deadline) throw new Error(`${name} never logged "${text}":\n${logs[name]}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/**
 * A customer's sign-up whose body is still on its way: resolves once the
 * server has taken the request in ("Expect: 100-continue" makes it say so)
 * and the first bytes are sent; `finish()` sends the rest.
 */
async function signUpInFlight(base: string, email: string) {
  const body = JSON.stringify({ email, password: "crumbly-shortbread-42" })
  const request = http.request(`${base}/auth/customer/emailpass/register`, {
    method: "POST",
    headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), expect: "100-continue" },
  })
  const answer = new Promise<{ status: number; body: any }>((resolve, reject) => {
    request.on("response", (res) => {
      let text = ""
      res.on("data", (chunk) => (text += chunk))
      res.on("end", () => resolve({ status: res.statusCode!, body: JSON.parse(text) }))
    })
    request.on("error", reject)
  })
  await new Promise<void>((resolve) => request.once("continue", () => resolve()))
  request.write(body.slice(0, 10))
  return { answer, finish: () => request.end(body.slice(10)) }
}

describe.skipIf(!hasRedis)("readiness and graceful shutdown of the backend processes", () => {
  const redis = new URL(REDIS_URL)
  let pgProxy: Awaited<ReturnType<typeof startOutageProxy>>
  let redisProxy: Awaited<ReturnType<typeof startOutageProxy>>
  let server: ChildProcess
  let worker: ChildProcess
  let stuck: ChildProcess
  let stuckBase: string
  let serverPort: number
  let base: string

  beforeAll(async () => {
    await createMigratedDatabase(db, backendEnv({}))
    pgProxy = await startOutageProxy({ host: "127.0.0.1", port: db.port })
    redisProxy = await startOutageProxy({ host: redis.hostname, port: Number(redis.port || 6379) })

    serverPort = await freePort()
    base = `http://localhost:${serverPort}`
    server = runMedusa(
      "server",
      ["start", "--port", String(serverPort)],
      backendEnv({
        MEDUSA_WORKER_MODE: "server",
        PORT: String(serverPort),
        DATABASE_URL: db.urlVia(pgProxy.port),
        REDIS_URL: `redis://127.0.0.1:${redisProxy.port}${redis.pathname}`,
      })
    )
    const workerPort = await freePort()
    worker = runMedusa(
      "worker",
      ["start", "--port", String(workerPort)],
      backendEnv({ MEDUSA_WORKER_MODE: "worker", PORT: String(workerPort), REDIS_URL })
    )
    const stuckPort = await freePort()
    stuckBase = `http://localhost:${stuckPort}`
    stuck = runMedusa(
      "stuck",
      ["start", "--port", String(stuckPort)],
      backendEnv({ MEDUSA_WORKER_MODE: "server", PORT: String(stuckPort), REDIS_URL })
    )
    await Promise.all([
      waitForHealth("server", base, server),
      waitForHealth("worker", `http://localhost:${workerPort}`, worker),
      waitForHealth("stuck", stuckBase, stuck),
    ])
  }, 900_000)

  afterAll(async () => {
    await Promise.all([server, worker, stuck].filter(Boolean).map((child) => stopProcess(child)))
    await Promise.all([pgProxy?.stop(), redisProxy?.stop()])
    await dropDatabase(db)
  }, 60_000)

  const ready = { status: 200, body: { status: "ready", checks: { database: "ok", redis: "ok" } } }

  it("is ready while Postgres and Redis answer", async () => {
    expect(await readiness(base)).toEqual(ready)
  })

  // Postgres first: its catalog read is then the first request through Medusa's key check since the
  // start. While only Redis is away, Medusa itself says whether a key is valid (Postgres answers it).
  it.each([
    { dependency: "Postgres", failing: "database", other: "redis", link: () => pgProxy, shoppers: [catalogRead, signIn] },
    { dependency: "Redis", failing: "redis", other: "database", link: () => redisProxy, shoppers: [signIn] },
  ] as const)(
    "answers 503 naming $dependency while it is unreachable, gives shoppers the shop's sentence, stays alive, and is ready again once it is back",
    async ({ failing, other, link, shoppers }) => {
      await link().cut()
      const unavailable = { status: 503, retryAfter: String(UNAVAILABLE_RETRY_AFTER_SECONDS), body: SHOP_UNAVAILABLE }
      for (const shopper of shoppers) {
        expect(await shopper(base), logs.server.slice(-5000)).toEqual(unavailable)
      }
      const during = await readiness(base)
      expect(during.status).toBe(503)
      expect(during.body.status).toBe("unavailable")
      expect(during.body.checks[other]).toBe("ok")
      expect(["unreachable", "timed out"]).toContain(during.body.checks[failing])
      // Liveness is not readiness: the process itself is fine and must not be restarted.
      expect((await fetch(`${base}/health`)).status).toBe(200)

      await link().restore()
      expect(await readyAgain(base), logs.server.slice(-5000)).toEqual(ready)
    }
  )

  it("on SIGTERM the API server finishes the sign-up in flight, refuses new connections and exits 0", async () => {
    const email = `late-customer-${Date.now()}@example.com`
    // The customer's browser is still sending the sign-up when the server is told to stop.
    const signUp = await signUpInFlight(base, email)

    const exit = exited(server)
    server.kill("SIGTERM")
    await logged("server", "Gracefully shutting down server")
    expect(await refusesConnections(serverPort)).toBe(true)

    signUp.finish()
    const response = await signUp.answer
    expect(response.status, logs.server.slice(-5000)).toBe(200)
    expect(typeof response.body.token).toBe("string")
    expect(await exit, logs.server.slice(-5000)).toBe(0)

    // The sign-up the server finished while stopping is in the database.
    const identities = await sql(db.url, "select entity_id from provider_identity where entity_id = $1", [email])
    expect(identities).toHaveLength(1)
  })

  it("on SIGTERM the worker closes its queues and database pool and exits 0", async () => {
    const exit = exited(worker)
    worker.kill("SIGTERM")
    expect(await exit, logs.worker.slice(-5000)).toBe(0)
    expect(logs.worker).toContain("Gracefully shutting down server")
  })

  it("on SIGTERM an API server whose request never finishes gives up after the deadline and exits 1", async () => {
    // A browser that stops sending halfway: Medusa alone would wait for it for ever.
    const signUp = await signUpInFlight(stuckBase, `stalled-customer-${Date.now()}@example.com`)
    const cut = signUp.answer.then(
      () => "answered",
      (error: NodeJS.ErrnoException) => error.code
    )
    const exit = exited(stuck)
    stuck.kill("SIGTERM")
    expect(await exit, logs.stuck.slice(-5000)).toBe(1)
    expect(logs.stuck).toContain("still finishing work 10 s after SIGTERM; stopping anyway")
    expect(await cut).toBe("ECONNRESET")
  })
})
