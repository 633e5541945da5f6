/**
 * What the multi-process suites share: a fresh migrated database on the test
 * Postgres, `medusa` commands run as real child processes straight from the
 * TypeScript sources (no build), and their output kept for failure messages.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process"
import path from "node:path"
import { inject } from "vitest"
// @ts-ignore -- plain ESM helper shared with `npm start`
import { withClient } from "../../../scripts/lib/database.mjs"
// @ts-ignore -- plain ESM helper shared with `npm start`
import { freePort } from "../../../scripts/lib/ports.mjs"

export const BACKEND_DIR = path.resolve(__dirname, "../..")
const MEDUSA_CLI = require.resolve("@medusajs/cli/cli.js", { paths: [BACKEND_DIR] })

/** A database of its own on the suite's Postgres server, named after `label`. */
export function suiteDatabase(label: string) {
  const database = inject("database")
  const name = `sc_${label}_${process.pid}_${Date.now()}`
  const auth = database.password ? `${database.username}:${database.password}` : database.username
  return {
    name,
    host: "localhost",
    port: Number(database.port),
    adminUrl: `postgres://${auth}@localhost:${database.port}/postgres`,
    url: `postgres://${auth}@localhost:${database.port}/${name}`,
    /** Builds the URL of this database on another host and port (a proxy in front of it). */
    urlVia: (port: number) => `postgres://${auth}@localhost:${port}/${name}`,
  }
}

/**
 * The environment of a backend process of suite `label` on its database.
 * Logs at info level: Medusa says why it answered a 4xx, and when it shuts down.
 */
export function medusaEnv(db: { url: string }, label: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: db.url,
    JWT_SECRET: `${label}-test-jwt-secret`,
    COOKIE_SECRET: `${label}-test-cookie-secret`,
    DISABLE_MEDUSA_ADMIN: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: "info",
    ...extra,
  }
}

/** Output of every child, printed when something fails. */
export const logs: Record<string, string> = {}

/** Starts `medusa <args>` in the backend folder. */
export function runMedusa(name: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [MEDUSA_CLI, ...args], { cwd: BACKEND_DIR, env })
  logs[name] = ""
  const keep = (chunk: Buffer) => {
    logs[name] = (logs[name] + chunk.toString()).slice(-200_000)
  }
  child.stdout?.on("data", keep)
  child.stderr?.on("data", keep)
  return child
}

/** Resolves with the exit code (null when killed by a signal). */
export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(child.exitCode)
  }
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)))
}

/** Resolves when the command exits 0, rejects with its output otherwise. */
export async function finished(name: string, child: ChildProcess): Promise<void> {
  const code = await exited(child)
  if (code !== 0) {
    throw new Error(`${name} exited with ${code}:\n${logs[name]}`)
  }
}

export async function waitForHealth(name: string, url: string, child: ChildProcess) {
  const deadline = Date.now() + 240_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`${name} stopped while starting:\n${logs[name]}`)
    }
    const ok = await fetch(`${url}/health`).then((r) => r.ok, () => false)
    if (ok) {
      return
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`${name} did not answer /health in time:\n${logs[name]}`)
}

export type Backend = { name: string; url: string; child: ChildProcess }

/**
 * `medusa start` as backend-a and backend-b on free ports, both on `redisUrl`
 * (so locks, events and workflows are shared); resolves once both answer /health.
 */
export async function startTwoBackends(
  env: (extra: Record<string, string>) => NodeJS.ProcessEnv,
  redisUrl: string
): Promise<Backend[]> {
  const backends: Backend[] = []
  for (const name of ["backend-a", "backend-b"]) {
    const port = await freePort()
    const child = runMedusa(name, ["start", "--port", String(port)], env({ REDIS_URL: redisUrl, PORT: String(port) }))
    backends.push({ name, url: `http://localhost:${port}`, child })
  }
  await Promise.all(backends.map((b) => waitForHealth(b.name, b.url, b.child)))
  return backends
}

/** The backends' log lines matching `worth`, the last 40 of each: for a failure message when an outcome is not the expected one. */
export function backendTrouble(worth: RegExp): string {
  return Object.entries(logs)
    .filter(([name]) => name.startsWith("backend"))
    .map(([name, text]) => `--- ${name}\n` + text.split("\n").filter((line) => worth.test(line)).slice(-40).join("\n"))
    .join("\n")
}

export type CartAnswer = { id: string; status: number; data: any }

/** Presses "Place order" for cart `cartId` on the backend at `base`. */
export async function completeCart(base: string, publishableKey: string, cartId: string): Promise<CartAnswer> {
  const response = await fetch(`${base}/store/carts/${cartId}/complete`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
  })
  return { id: cartId, status: response.status, data: await response.json().catch(() => ({})) }
}

/** SIGTERM, then SIGKILL if the process is still there after `graceMs`. */
export async function stopProcess(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return
  }
  const killer = setTimeout(() => child.kill("SIGKILL"), graceMs)
  child.kill("SIGTERM")
  await exited(child)
  clearTimeout(killer)
}

export async function sql<T = any>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  return withClient(url, async (client: any) => (await client.query(text, values)).rows)
}

/** Creates the database and runs Medusa's migrations into it (no Redis needed). */
export async function createMigratedDatabase(db: ReturnType<typeof suiteDatabase>, env: NodeJS.ProcessEnv) {
  await sql(db.adminUrl, `create database "${db.name}"`)
  await finished("migrate", runMedusa("migrate", ["db:migrate"], { ...env, NODE_ENV: "development" }))
}

export async function dropDatabase(db: ReturnType<typeof suiteDatabase>) {
  await sql(db.adminUrl, `drop database if exists "${db.name}" with (force)`)
}

/**
 * Whether Redis answers at `url`, decided synchronously so a suite can be
 * skipped at collection: a laptop without Redis skips with the reason, CI
 * (REQUIRE_REDIS=1) fails instead.
 */
export function requireRedis(url: string, suite: string, variable: string): boolean {
  const { hostname, port } = new URL(url)
  const probe = `require("net").connect(${Number(port || 6379)}, ${JSON.stringify(hostname)}, () => process.exit(0)).on("error", () => process.exit(1))`
  const reachable = spawnSync(process.execPath, ["-e", probe], { timeout: 5000 }).status === 0
  if (!reachable) {
    if (process.env.REQUIRE_REDIS === "1") {
      throw new Error(`The ${suite} suite needs Redis at ${url} (set ${variable}) and REQUIRE_REDIS=1 is set.`)
    }
    console.warn(`Skipping the ${suite} suite: no Redis at ${url} (set ${variable}).`)
  }
  return reachable
}
