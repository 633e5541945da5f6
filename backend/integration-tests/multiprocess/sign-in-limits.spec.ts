/**
 * Sign-in limits hold across backend processes: wrong passwords for one
 * account sent alternately to TWO backends sharing one Redis are counted
 * together, so the 6th is refused by either process. In memory, each process
 * would allow five of its own.
 *
 * Like slot-capacity.spec.ts it starts its own backends (`medusa start` from
 * the TypeScript sources) against a fresh migrated database. It needs Redis:
 * RATE_LIMIT_TEST_REDIS_URL, default redis://127.0.0.1:6379/13.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process"
import net from "node:net"
import path from "node:path"
import Redis from "ioredis"
// @ts-ignore -- plain ESM helper shared with `npm start`
import { withClient } from "../../../scripts/lib/database.mjs"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"

const BACKEND_DIR = path.resolve(__dirname, "../..")
const MEDUSA_CLI = require.resolve("@medusajs/cli/cli.js", { paths: [BACKEND_DIR] })
const REDIS_URL = process.env.RATE_LIMIT_TEST_REDIS_URL ?? "redis://127.0.0.1:6379/13"

const database = inject("database")
const dbName = `sc_sign_in_limits_${process.pid}_${Date.now()}`
const auth = database.password ? `${database.username}:${database.password}` : database.username
const adminUrl = `postgres://${auth}@localhost:${database.port}/postgres`
const databaseUrl = `postgres://${auth}@localhost:${database.port}/${dbName}`

const backendEnv = (extra: Record<string, string> = {}) => ({
  ...process.env,
  DATABASE_URL: databaseUrl,
  JWT_SECRET: "sign-in-limits-test-jwt-secret",
  COOKIE_SECRET: "sign-in-limits-test-cookie-secret",
  DISABLE_MEDUSA_ADMIN: "true",
  MEDUSA_DISABLE_TELEMETRY: "true",
  LOG_LEVEL: "warn",
  ...extra,
})

const logs: Record<string, string> = {}

function runMedusa(name: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [MEDUSA_CLI, ...args], { cwd: BACKEND_DIR, env })
  logs[name] = ""
  const keep = (chunk: Buffer) => {
    logs[name] = (logs[name] + chunk.toString()).slice(-100_000)
  }
  child.stdout?.on("data", keep)
  child.stderr?.on("data", keep)
  return child
}

const finished = (name: string, child: ChildProcess) =>
  new Promise<void>((resolve, reject) =>
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${name} exited with ${code}:\n${logs[name]}`))))
  )

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on("error", reject)
  })
}

async function waitForHealth(name: string, url: string, child: ChildProcess) {
  const deadline = Date.now() + 240_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} stopped while starting:\n${logs[name]}`)
    if (await fetch(`${url}/health`).then((r) => r.ok, () => false)) return
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`${name} did not answer /health in time:\n${logs[name]}`)
}

function redisReachable(): boolean {
  const { hostname, port } = new URL(REDIS_URL)
  const probe = `require("net").connect(${Number(port || 6379)}, ${JSON.stringify(hostname)}, () => process.exit(0)).on("error", () => process.exit(1))`
  return spawnSync(process.execPath, ["-e", probe], { timeout: 5000 }).status === 0
}

const hasRedis = redisReachable()
if (!hasRedis) {
  if (process.env.REQUIRE_REDIS === "1") {
    throw new Error(`This suite needs Redis at ${REDIS_URL} (set RATE_LIMIT_TEST_REDIS_URL) and REQUIRE_REDIS=1 is set.`)
  }
  console.warn(`Skipping the two-process sign-in limit suite: no Redis at ${REDIS_URL}.`)
}

const sql = (url: string, text: string) => withClient(url, async (client: any) => (await client.query(text)).rows)

describe.skipIf(!hasRedis)("sign-in limits across two backend processes", () => {
  const servers: { name: string; url: string; child: ChildProcess }[] = []

  beforeAll(async () => {
    await sql(adminUrl, `create database "${dbName}"`)
    await finished("migrate", runMedusa("migrate", ["db:migrate"], backendEnv({ NODE_ENV: "development" })))
    for (const name of ["backend-a", "backend-b"]) {
      const port = await freePort()
      const child = runMedusa(name, ["start", "--port", String(port)], backendEnv({ REDIS_URL, PORT: String(port) }))
      servers.push({ name, url: `http://localhost:${port}`, child })
    }
    await Promise.all(servers.map((s) => waitForHealth(s.name, s.url, s.child)))
  }, 900_000)

  afterAll(async () => {
    await Promise.all(
      servers.map(
        ({ child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve()
            child.on("exit", () => resolve())
            child.kill("SIGTERM")
            setTimeout(() => child.exitCode === null && child.kill("SIGKILL"), 15_000)
          })
      )
    )
    await sql(adminUrl, `drop database if exists "${dbName}" with (force)`)
  }, 60_000)

  it("counts one account's wrong passwords across both processes and refuses the 6th on either", async () => {
    const email = `two-process-${process.pid}-${Date.now()}@example.com`
    const signIn = async (base: string) => {
      const response = await fetch(`${base}/auth/user/emailpass`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password: "not-the-password" }),
      })
      return { status: response.status, retryAfter: response.headers.get("retry-after"), body: await response.json() }
    }
    const [a, b] = servers.map((s) => s.url)
    const statuses: number[] = []
    for (const base of [a, b, a, b, a]) statuses.push((await signIn(base)).status)
    expect(statuses).toEqual([401, 401, 401, 401, 401])

    const sixth = await signIn(b)
    expect(sixth.status).toBe(429)
    expect(Number(sixth.retryAfter)).toBeGreaterThan(0)
    expect(sixth.body.message).toMatch(/^Too many sign-in attempts\./)
    expect((await signIn(a)).status).toBe(429)

    // The count lives in Redis, where both processes read it.
    const redis = new Redis(REDIS_URL)
    try {
      expect(await redis.get(`sweet-crumbs:rate-limit:sign_in_account:user:${email}`)).toBe("5")
    } finally {
      redis.disconnect()
    }
  }, 120_000)
})
