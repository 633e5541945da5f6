/**
 * `npm run start:cluster` as the fault suites see it: the real script, on
 * free loopback ports, its own data directory and fresh database, optionally
 * its own Postgres and Redis processes that a suite may stop and start again.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
// @ts-ignore -- plain ESM helpers shared with `npm start`
import { freePort } from "../../../scripts/lib/ports.mjs"
// @ts-ignore -- plain ESM helpers shared with `npm start`
import { startEmbeddedPostgres } from "../../../scripts/lib/embedded-postgres.mjs"
// @ts-ignore -- plain ESM module shared with `npm run start:cluster`
import { CLUSTER_SERVICES } from "../../../scripts/lib/cluster.mjs"
import { exited, sql } from "../multiprocess/medusa-processes"

const ROOT = path.resolve(__dirname, "../../..")
const START_CLUSTER = path.join(ROOT, "scripts/start-cluster.mjs")
/** Migrations, the whole catalog, builds and five processes on two busy cores. */
const OPEN_TIMEOUT_MS = 20 * 60_000
export const MAYA = { email: "maya@sweetcrumbs.example", password: "fault-tests-maya-password" }

export type ServiceName = "backend-1" | "backend-2" | "worker" | "loadbalancer" | "storefront"
export type ClusterState = Record<ServiceName, { pid: number; port: number }>

/** A Redis server of the suite's own, without persistence, that can be stopped and started again. */
export async function startOwnRedis() {
  const port: number = await freePort()
  let child: ChildProcess | null = null
  const start = async () => {
    child = spawn("/usr/bin/redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" })
    await waitFor(() => tcpOpen(port), 10_000, `redis-server on port ${port}`)
  }
  const stop = async () => {
    if (!child) return
    const stopping = exited(child)
    child.kill("SIGKILL")
    await stopping
    child = null
  }
  await start()
  return { url: `redis://127.0.0.1:${port}`, start, stop }
}

/** An embedded Postgres of the suite's own (a throwaway data directory) that can be stopped and started again. */
export async function startOwnPostgres(label: string) {
  const port: number = await freePort()
  // In a folder of its own: as root, the helper opens the data directory's parent to the postgres user.
  const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), `sweet-crumbs-${label}-pg-`)), "data")
  let pg = await startEmbeddedPostgres({ dataDir, port })
  await sql(pg.url("postgres"), `create database sweet_crumbs`)
  return {
    url: pg.url("sweet_crumbs") as string,
    start: async () => {
      pg = await startEmbeddedPostgres({ dataDir, port })
    },
    stop: () => pg.stop() as Promise<void>,
    remove: async () => {
      await pg.stop().catch(() => {})
      rmSync(path.dirname(dataDir), { recursive: true, force: true })
    },
  }
}

function tcpOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = require("node:net").connect(port, "127.0.0.1")
    socket.once("connect", () => (socket.destroy(), resolve(true)))
    socket.once("error", () => resolve(false))
  })
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${what} was not ready within ${timeoutMs / 1000}s`)
}

/**
 * Starts `node scripts/start-cluster.mjs` and resolves once it says the
 * cluster is open. `stop()` asks it to stop everything (SIGTERM), as Ctrl-C does.
 */
export async function startCluster({ label, databaseUrl, redisUrl, dataDir }: { label: string; databaseUrl: string; redisUrl: string; dataDir?: string }) {
  const dir = dataDir ?? mkdtempSync(path.join(os.tmpdir(), `sweet-crumbs-${label}-`))
  const ports: Record<string, number> = {}
  for (const service of CLUSTER_SERVICES) ports[service.portVariable] = await freePort()
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    SWEET_CRUMBS_DATA_DIR: dir,
    ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, String(port)])),
    STOREFRONT_HOST: "127.0.0.1",
    MAYA_EMAIL: MAYA.email,
    MAYA_PASSWORD: MAYA.password,
    // Every customer of these suites comes from this machine, many with orders open at once.
    RATE_LIMIT_ORDERS_PER_IP: "1000000",
    RATE_LIMIT_ORDERS_PER_EMAIL: "1000000",
    RATE_LIMIT_CART_WRITES_PER_IP: "1000000",
    PAY_AT_PICKUP_DAILY_CAP: "1000000",
    // The mailer logs each email it writes; the suites read who wrote it.
    LOG_LEVEL: "info",
    MAIL_TO_FILES: "true",
    SWEET_CRUMBS_LOCAL: "true",
  }
  const child = spawn(process.execPath, [START_CLUSTER], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] })
  let output = ""
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-2_000_000)
  }
  child.stdout!.on("data", keep)
  child.stderr!.on("data", keep)
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the cluster did not open within ${OPEN_TIMEOUT_MS / 60_000} minutes:\n${tail(output)}`)), OPEN_TIMEOUT_MS)
    const poll = setInterval(() => {
      if (/Sweet Crumbs cluster is open/.test(output)) {
        clearInterval(poll)
        clearTimeout(timer)
        resolve()
      }
    }, 250)
    child.once("exit", (code, signal) => {
      clearInterval(poll)
      clearTimeout(timer)
      reject(new Error(`start:cluster exited (${signal ?? code}) before the cluster opened:\n${tail(output)}`))
    })
  })
  const state = (): ClusterState => JSON.parse(readFileSync(path.join(dir, "cluster.json"), "utf8"))
  const url = (name: ServiceName) => `http://127.0.0.1:${state()[name].port}`
  return {
    dataDir: dir,
    state,
    url,
    backendUrl: url("loadbalancer"),
    storefrontUrl: url("storefront"),
    output: () => output,
    /** Lines of `service`'s own output. */
    linesOf: (service: ServiceName) => output.split("\n").filter((line) => line.startsWith(`[${service}] `)),
    /** Stops every process the way Ctrl-C does; resolves when the script has exited. */
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const done = exited(child)
      child.kill("SIGTERM")
      const killer = setTimeout(() => child.kill("SIGKILL"), 60_000)
      await done
      clearTimeout(killer)
    },
  }
}

export type Cluster = Awaited<ReturnType<typeof startCluster>>

export const tail = (text: string, lines = 80) => text.split("\n").slice(-lines).join("\n")
