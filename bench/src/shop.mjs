// The shop under test, started the way `npm start` starts it (its helpers, its
// commands, production builds, NODE_ENV=production), with differences that
// keep a benchmark reproducible and out of everyone else's way:
//  - its own data directory and ports (same variables as `npm start`, other defaults);
//  - builds made from an export of a commit (HEAD unless told otherwise) under
//    bench/.build, not in place: `medusa build` wipes backend/.medusa/server and the
//    storefront build bakes this database's ids into storefront/dist, so building in place
//    would break a colleague's running `npm start`, and a commit names what was measured.
//    `--working-tree` builds the files as they are instead, to measure a change before committing it.
import { existsSync, readFileSync } from "node:fs"
import { cp, mkdir, rm, symlink, writeFile } from "node:fs/promises"
import net from "node:net"
import path from "node:path"
import { hashFiles } from "../../scripts/lib/fingerprint.mjs"
import { run, serve, stopAll, waitForHttp } from "../../scripts/lib/processes.mjs"
import { withClient } from "../../scripts/lib/database.mjs"

export const BENCH_DIR = path.resolve(import.meta.dirname, "..")
export const BUILD_DIR = path.join(BENCH_DIR, ".build")

// shop-env.mjs reads these when it is imported, so the bench's defaults are set first.
process.env.SWEET_CRUMBS_DATA_DIR ??= path.join(BUILD_DIR, "data")
process.env.EMBEDDED_PG_PORT ??= "54340"
const shopEnv = await import("../../scripts/lib/shop-env.mjs")
const { BACKEND_DIR, BIN, DATA_DIR, ROOT, childEnv } = shopEnv
const { backendSecrets, storefrontSecrets } = await import("../../scripts/lib/shop-setup.mjs")

const BACKEND_PORT = Number(process.env.BACKEND_PORT ?? 9400)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT ?? 4500)
const REDIS_PORT = Number(process.env.BENCH_REDIS_PORT ?? 6390)
const STOREFRONT_KEY_TITLE = "Sweet Crumbs storefront"
// Every virtual customer and browser journey comes from this one machine: the shop's
// per-address limits (and, in the backend, the pay-at-pickup cap) would stop the load
// instead of measuring it; they still run. The storefront counts the same limits itself.
const LIMITS_FOR_LOAD = { RATE_LIMIT_CART_WRITES_PER_IP: "1000000000", RATE_LIMIT_ORDERS_PER_IP: "1000000000" }
const medusa = path.join(BIN, "medusa")

const BACKEND_COPY = path.join(BUILD_DIR, "backend")
const STOREFRONT_COPY = path.join(BUILD_DIR, "storefront")
const SERVER_DIR = path.join(BACKEND_COPY, ".medusa/server")

/** Addresses: `localhost` where the shop's own configuration uses it, loopback IPs for load. */
export const urls = {
  backend: `http://127.0.0.1:${BACKEND_PORT}`,
  storefront: `http://127.0.0.1:${STOREFRONT_PORT}`,
  publicBackend: `http://localhost:${BACKEND_PORT}`,
  publicStorefront: `http://localhost:${STOREFRONT_PORT}`,
}

let database = null
let backendEnv = null
let secrets = null
let publishableKey = null
let storefrontBuild = null
/** `{ commit, label }`, or just `{ label }` for the working tree. */
let source = null

/**
 * Database, migrations, first seed, Maya's login and the backend build: what
 * `npm start` does before it starts anything. Returns what the scenarios need.
 */
export async function prepareShop({ log, workingTree }) {
  source = workingTree ? { label: `working tree at ${await gitOutput(["rev-parse", "--short", "HEAD"])}` } : { commit: await gitOutput(["rev-parse", "HEAD"]) }
  source.label ??= `commit ${source.commit.slice(0, 12)}`
  await shopEnv.assertPortFree(BACKEND_PORT, "backend")
  await shopEnv.assertPortFree(STOREFRONT_PORT, "storefront")
  database = await shopEnv.openDatabase({ log })
  secrets = await shopEnv.localSecrets()
  const uploads = path.join(DATA_DIR, "uploads")
  await mkdir(uploads, { recursive: true })

  backendEnv = childEnv({
    ...withoutCaching(process.env),
    NODE_ENV: "production",
    DATABASE_URL: database.url,
    PORT: String(BACKEND_PORT),
    MEDUSA_BACKEND_URL: urls.publicBackend,
    STOREFRONT_URL: urls.publicStorefront,
    UPLOAD_DIR: uploads,
    ...backendSecrets(secrets),
    MAIL_OUTBOX_DIR: path.join(DATA_DIR, "mail"),
    MAIL_TO_FILES: "true",
    SWEET_CRUMBS_LOCAL: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    ...LIMITS_FOR_LOAD,
    PAY_AT_PICKUP_DAILY_CAP: "1000000000",
  })
  const development = { ...backendEnv, NODE_ENV: "development" }

  // The exported backend and seed also migrate and seed, so schema, catalog and code match.
  const build = await buildState("backend", await sourceStamp(["backend/src", "backend/medusa-config.ts", "seed/src", "seed/data"]), path.join(SERVER_DIR, "medusa-config.js"))
  if (!build.current) {
    await exportWorkspace("backend", BACKEND_COPY, ["src", "medusa-config.ts", "package.json", "tsconfig.json"])
    // The admin bundle needs the backend's own node_modules (it pins @medusajs/ui).
    await symlink(path.join(BACKEND_DIR, "node_modules"), path.join(BACKEND_COPY, "node_modules"))
    await exportWorkspace("seed", path.join(BUILD_DIR, "seed"), ["src", "data", "package.json", "tsconfig.json"])
  }
  log("Migrating the database…")
  await run(medusa, ["db:migrate"], { cwd: BACKEND_COPY, env: development, label: "medusa db:migrate" })
  const products = await withClient(database.url, async (c) =>
    Number((await c.query("select count(*) from product where deleted_at is null")).rows[0].count)
  )
  if (products === 0) {
    log("Empty database: loading the Sweet Crumbs catalog (about a minute)…")
    await run(medusa, ["exec", "../seed/src/run.ts"], { cwd: BACKEND_COPY, env: development, label: "seed" })
  }
  const login = await shopEnv.adminLogin()
  const adminExists = await withClient(database.url, async (c) =>
    (await c.query('select 1 from "user" where email = $1 and deleted_at is null', [login.email])).rowCount > 0
  )
  if (!adminExists) {
    await run(medusa, ["user", "-e", login.email, "-p", login.password], { cwd: BACKEND_COPY, env: development, label: "medusa user" })
  }
  publishableKey = await withClient(database.url, async (c) =>
    (await c.query("select token from api_key where type = 'publishable' and title = $1 and revoked_at is null and deleted_at is null", [STOREFRONT_KEY_TITLE])).rows[0]?.token
  )
  if (!publishableKey) throw new Error(`no publishable key titled "${STOREFRONT_KEY_TITLE}" in the database`)

  // Exported now so both configurations of one run serve the same storefront, built on first start.
  storefrontBuild = await buildState(
    "storefront",
    // Pre-rendered pages carry this database's ids: a new database means a new build.
    `${await sourceStamp(["storefront/src", "storefront/public", "storefront/astro.config.mjs", "storefront/server.mjs"])}:${publishableKey}`,
    path.join(STOREFRONT_COPY, "dist/server/entry.mjs")
  )
  if (!storefrontBuild.current) {
    await exportWorkspace("storefront", STOREFRONT_COPY, ["src", "public", "astro.config.mjs", "server.mjs", "package.json", "tsconfig.json"])
  }

  let buildProblem = build.problem
  if (!build.current) {
    log(`Building the backend (${source.label}, in bench/.build/backend)…`)
    buildProblem = await medusaBuild()
    await build.save(buildProblem)
  }
  // Medusa serves /static from the directory it runs in, as under `npm start`.
  await rm(path.join(SERVER_DIR, "static"), { recursive: true, force: true })
  await symlink(uploads, path.join(SERVER_DIR, "static"))

  return { databaseUrl: database.url, publishableKey, login, embeddedPostgres: database.embedded, source: source.label, buildProblem }
}

/**
 * Starts the backend, runs `beforeStorefront` (catalog changes go there, so the
 * storefront starts with pages that are already current), then the storefront,
 * building it first when its sources or the database changed. `caching` adds a
 * private Redis, Medusa's caching module and a worker process, as docker-compose.yml runs production.
 * `nodeOptions` (e.g. --cpu-prof) goes to both servers.
 * Returns their child processes; `onCrash` is called if one stops on its own.
 */
export async function startShop({ caching, nodeOptions, onCrash, log, beforeStorefront = async () => {} }) {
  let stopping = false
  const crashed = (name) => (code, signal) => {
    if (!stopping) onCrash(`the ${name} stopped unexpectedly (${signal ?? `exit code ${code}`})`)
  }
  const env = { ...backendEnv, ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}) }
  if (caching) {
    serve("redis-server", ["--port", String(REDIS_PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--logfile", path.join(BUILD_DIR, "redis.log")], {
      cwd: BUILD_DIR,
      env,
      name: "redis",
      onExit: crashed("redis"),
    })
    await waitForPort(REDIS_PORT, 10_000)
    env.REDIS_URL = `redis://127.0.0.1:${REDIS_PORT}`
    env.MEDUSA_FF_CACHING = "true"
  }
  log(`Starting the backend (${caching ? "production: Redis, caching module, API server + worker process" : "stock: one process, no Redis, no caching module"})…`)
  const backend = serve(medusa, ["start", "--port", String(BACKEND_PORT)], {
    cwd: SERVER_DIR,
    env: caching ? { ...env, MEDUSA_WORKER_MODE: "server" } : env,
    name: "backend",
    onExit: crashed("backend"),
  })
  // As docker-compose.yml runs it: subscribers (order emails), jobs and background
  // workflow steps in a second process, so they do not queue behind API requests.
  const worker = caching
    ? serve(medusa, ["start", "--port", String(BACKEND_PORT + 1)], {
        cwd: SERVER_DIR,
        env: { ...env, MEDUSA_WORKER_MODE: "worker", DISABLE_MEDUSA_ADMIN: "true" },
        name: "worker",
        onExit: crashed("worker"),
      })
    : null
  await waitForHttp(`${urls.backend}/health`, 300_000, () => backend.exitCode === null)
  if (worker) await waitForHttp(`http://127.0.0.1:${BACKEND_PORT + 1}/health`, 300_000, () => worker.exitCode === null)
  await beforeStorefront()

  const storefrontEnv = childEnv({
    ...withoutCaching(process.env),
    ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: String(STOREFRONT_PORT),
    MEDUSA_BACKEND_URL: urls.publicBackend,
    MEDUSA_PUBLISHABLE_KEY: publishableKey,
    SITE_URL: urls.publicStorefront,
    ...storefrontSecrets(secrets),
    ...LIMITS_FOR_LOAD,
  })
  if (!storefrontBuild.current) {
    log(`Building the storefront (${source.label}, in bench/.build/storefront)…`)
    await run(path.join(BIN, "astro"), ["build"], { cwd: STOREFRONT_COPY, env: storefrontEnv, label: "storefront build" })
    await storefrontBuild.save()
  }
  const storefront = serve(process.execPath, ["server.mjs"], { cwd: STOREFRONT_COPY, env: storefrontEnv, name: "storefront", onExit: crashed("storefront") })
  await waitForHttp(`${urls.storefront}/`, 120_000, () => storefront.exitCode === null)

  return {
    backend,
    worker,
    storefront,
    async stop() {
      stopping = true
      await stopAll()
    },
  }
}

/** Stops whatever is still running, Postgres last. */
export async function closeShop() {
  await stopAll()
  await database?.stop().catch(() => {})
}

/** The caller's REDIS_URL or caching flag must not leak into the stock configuration. */
function withoutCaching(env) {
  const { REDIS_URL, MEDUSA_FF_CACHING, ...rest } = env
  return rest
}

/** `entries` of a workspace (backend, storefront) from the commit, or the working tree, into `to`. */
async function exportWorkspace(workspace, to, entries) {
  await rm(to, { recursive: true, force: true })
  await mkdir(to, { recursive: true })
  if (source.commit) {
    const paths = entries.map((e) => `${workspace}/${e}`).join(" ")
    await run("sh", ["-c", `git archive --format=tar ${source.commit} ${paths} | tar -x --strip-components=1 -C '${to}'`], { cwd: ROOT, env: process.env, label: `git archive ${workspace}` })
    return
  }
  for (const entry of entries) {
    if (existsSync(path.join(ROOT, workspace, entry))) {
      await cp(path.join(ROOT, workspace, entry), path.join(to, entry), { recursive: true })
    }
  }
}

/** What a build depends on: its sources (git object ids, or a hash of the files) and the installed packages. */
async function sourceStamp(paths) {
  const sources = source.commit
    ? await gitOutput(["rev-parse", ...paths.map((p) => `${source.commit}:${p}`)])
    : hashFiles(paths.map((p) => path.join(ROOT, p)))
  return `${sources.replace(/\s+/g, ",")}:${hashFiles([path.join(ROOT, "package-lock.json")])}`
}

async function gitOutput(args) {
  return (await run("git", args, { cwd: ROOT, env: process.env, label: `git ${args[0]}` })).trim()
}

/**
 * `medusa build` exits 1 on type errors although it has emitted every file.
 * The benchmark measures the emitted code (type errors are the test suite's
 * business) but reports them; a build that emitted nothing still fails.
 * Returns the problem, or null.
 */
async function medusaBuild() {
  try {
    await run(medusa, ["build"], { cwd: BACKEND_COPY, env: backendEnv, label: "medusa build" })
    return null
  } catch (error) {
    const emitted = existsSync(path.join(SERVER_DIR, "medusa-config.js")) && existsSync(path.join(SERVER_DIR, "public/admin/index.html"))
    const files = [...error.message.replace(/\x1b\[[0-9;]*m/g, "").matchAll(/(\S+\.tsx?):\d+:\d+ - error TS\d+/g)].map((m) => m[1])
    if (!emitted || !files.length) throw error
    const problem = `medusa build reported type errors in ${[...new Set(files)].join(", ")}; the emitted code was measured`
    console.warn(`! ${problem}`)
    return problem
  }
}

/** Like `npm start`'s build check: current when the stamp matches the last build and its output exists. */
async function buildState(name, stamp, output) {
  await mkdir(BUILD_DIR, { recursive: true })
  const stateFile = path.join(BUILD_DIR, "build-state.json")
  const read = () => (existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, "utf8")) : {})
  const last = read()[name]
  const state = {
    current: last?.stamp === stamp && existsSync(output),
    problem: null,
    async save(problem = null) {
      await writeFile(stateFile, JSON.stringify({ ...read(), [name]: { stamp, problem } }, null, 2) + "\n")
      Object.assign(state, { current: true, problem })
    },
  }
  if (state.current) state.problem = last.problem
  return state
}

function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, "127.0.0.1")
      socket.once("connect", () => socket.end(resolve))
      socket.once("error", () => {
        socket.destroy()
        if (Date.now() > deadline) reject(new Error(`nothing listens on port ${port} after ${timeoutMs / 1000}s`))
        else setTimeout(attempt, 200)
      })
    }
    attempt()
  })
}
