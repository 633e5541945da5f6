import { spawn, type ChildProcess } from "node:child_process"
import { existsSync } from "node:fs"
import { mkdtemp, rm } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import type { TestProject } from "vitest/node"
// @ts-ignore -- plain ESM helpers shared with `npm start`
import { withClient } from "../../scripts/lib/database.mjs"
// @ts-ignore
import { freePort } from "../../scripts/lib/ports.mjs"

const ROOT = path.resolve(import.meta.dirname, "../..")

export type StartRun = {
  /** Seconds until "Sweet Crumbs is open". */
  seconds: number
  output: string
  /** Processes still alive (by data dir) after Ctrl-C; must be empty. */
  leftovers: string[]
  exitCode: number | null
}

declare module "vitest" {
  export interface ProvidedContext {
    shop: { firstStart: StartRun; secondStart: Omit<StartRun, "leftovers" | "exitCode">; products: [number, number]; orders: [number, number] } | null
  }
}

/**
 * Boots the whole shop exactly as `npm start` does — embedded Postgres in a
 * throwaway data dir, migrations, seed, builds, backend and storefront — on
 * free ports. It starts twice: the first run is stopped with SIGINT (checking
 * nothing is left behind), the second must keep the data and skip the seed;
 * the browser specs then run against the second. With STOREFRONT_URL already
 * set (a running dev stack) nothing is started.
 */
export default async function setup(project: TestProject) {
  if (process.env.STOREFRONT_URL) {
    project.provide("shop", null)
    return
  }
  if (!existsSync("/usr/bin/chromium") && process.env.REQUIRE_CHROMIUM !== "1") {
    console.warn("Not starting the shop for browser tests: /usr/bin/chromium is not installed (apt-get install -y chromium).")
    project.provide("shop", null)
    return
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "sweet-crumbs-e2e-"))
  const [backendPort, storefrontPort, pgPort] = await Promise.all([freePort(), freePort(), freePort()])
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SWEET_CRUMBS_DATA_DIR: dataDir,
    BACKEND_PORT: String(backendPort),
    STOREFRONT_PORT: String(storefrontPort),
    EMBEDDED_PG_PORT: String(pgPort),
    // The freshness spec expects the storefront to notice Maya's edits quickly.
    FRESHNESS_POLL_SECONDS: "5",
    // Every test shopper comes from this machine's one address; the per-account limits
    // (what rate-limits.e2e tests) stay as shipped.
    RATE_LIMIT_SIGN_IN_PER_IP: "1000",
    RATE_LIMIT_SIGN_UP_PER_IP: "1000",
    RATE_LIMIT_PASSWORD_RESET_PER_IP: "1000",
    RATE_LIMIT_ORDERS_PER_IP: "1000",
    RATE_LIMIT_CART_WRITES_PER_IP: "100000",
  }
  delete env.DATABASE_URL
  delete env.REDIS_URL
  const databaseUrl = `postgres://postgres:postgres@localhost:${pgPort}/sweet_crumbs`

  const first = await startShop(env)
  const productsBefore = await count(databaseUrl, "product")
  const ordersBefore = await count(databaseUrl, '"order"')
  const firstStop = await stopShop(first.child, dataDir)

  const second = await startShop(env)
  process.env.SWEET_CRUMBS_DATA_DIR = dataDir
  process.env.STOREFRONT_URL = `http://localhost:${storefrontPort}`
  process.env.MEDUSA_BACKEND_URL = `http://localhost:${backendPort}`
  // For specs that re-read what their requests wrote (e2e/support/database.ts).
  process.env.E2E_DATABASE_URL = databaseUrl

  project.provide("shop", {
    firstStart: { seconds: first.seconds, output: first.output, ...firstStop },
    secondStart: { seconds: second.seconds, output: second.output },
    products: [productsBefore, await count(databaseUrl, "product")],
    orders: [ordersBefore, await count(databaseUrl, '"order"')],
  })

  return async () => {
    await stopShop(second.child, dataDir)
    await rm(dataDir, { recursive: true, force: true })
  }
}

async function startShop(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; seconds: number; output: string }> {
  const started = Date.now()
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/start.mjs")], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] })
  let output = ""
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk
      if (output.includes("Press Ctrl-C to stop everything.")) resolve()
    }
    child.stdout!.on("data", onData)
    child.stderr!.on("data", onData)
    child.once("exit", (code) => reject(new Error(`npm start exited (${code}) before the shop opened:\n${output.slice(-4000)}`)))
  })
  return { child, seconds: (Date.now() - started) / 1000, output }
}

async function stopShop(child: ChildProcess, dataDir: string) {
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)))
  child.kill("SIGINT")
  const exitCode = await exited
  return { exitCode, leftovers: await processesUsing(dataDir) }
}

/** Command lines of live processes that mention the data dir or were started by the shop in it. */
async function processesUsing(dataDir: string): Promise<string[]> {
  const { readdir, readFile } = await import("node:fs/promises")
  const found: string[] = []
  for (const pid of await readdir("/proc")) {
    if (!/^\d+$/.test(pid)) continue
    const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "")
    const environ = await readFile(`/proc/${pid}/environ`, "utf8").catch(() => "")
    if (cmdline.includes(dataDir) || environ.includes(`SWEET_CRUMBS_DATA_DIR=${dataDir}`)) {
      found.push(cmdline.replace(/\0/g, " ").trim())
    }
  }
  return found
}

async function count(url: string, table: string): Promise<number> {
  return withClient(url, async (client) => Number((await client.query(`select count(*) from ${table} where deleted_at is null`)).rows[0].count))
}

