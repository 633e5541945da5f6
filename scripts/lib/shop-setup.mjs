// What `npm start` and `npm run start:cluster` do before any server starts, and
// the builds they share: migrations, the first seed, Maya's login, the
// publishable key, and rebuilding the backend and storefront only when changed.
import { existsSync, readFileSync } from "node:fs"
import { rm, symlink, writeFile } from "node:fs/promises"
import path from "node:path"
import { withClient } from "./database.mjs"
import { hashFiles } from "./fingerprint.mjs"
import { run } from "./processes.mjs"
import { adminLogin, BACKEND_DIR, BIN, childEnv, DATA_DIR, ROOT, STOREFRONT_DIR } from "./shop-env.mjs"

// The seed names the storefront's key; Medusa's migrations also create a default one.
const STOREFRONT_KEY_TITLE = "Sweet Crumbs storefront"
export const MEDUSA = path.join(BIN, "medusa")
const ASTRO = path.join(BIN, "astro")
/** The rules both builds bundle or load (packages/bakery-rules): a change there rebuilds both. */
const BAKERY_RULES_DIR = path.join(ROOT, "packages/bakery-rules/src")
/** Where `medusa build` puts the server that `medusa start` runs. */
export const BACKEND_SERVER_DIR = path.join(BACKEND_DIR, ".medusa/server")

const BACKEND_ONLY_SECRETS = new Set(["JWT_SECRET", "COOKIE_SECRET"])
// The revalidation endpoint is the storefront's own: the backend never reads its secret.
const STOREFRONT_ONLY_SECRETS = new Set(["ORDER_COOKIE_SECRET", "REVALIDATE_SECRET"])
const pickSecrets = (secrets, leaveOut) => Object.fromEntries(Object.entries(secrets).filter(([name]) => !leaveOut.has(name)))

/** The secrets of `localSecrets()` a backend process holds: its own and the shared ones. */
export const backendSecrets = (secrets) => pickSecrets(secrets, STOREFRONT_ONLY_SECRETS)
/** The secrets of `localSecrets()` the storefront holds: its own and the shared ones, never the session secrets. */
export const storefrontSecrets = (secrets) => pickSecrets(secrets, BACKEND_ONLY_SECRETS)

/** V8 settings for every backend process; docker-compose.yml sets the same. */
export const BACKEND_NODE_OPTIONS = "--max-semi-space-size=64"

/** A backend process's environment (the secrets of `localSecrets()` it holds); `extra` (e.g. MEDUSA_WORKER_MODE, REDIS_URL) goes last. */
export function backendEnvFor({ dev = false, databaseUrl, port, backendUrl, storefrontUrl, uploads, secrets, extra = {} }) {
  return childEnv({
    ...process.env,
    NODE_ENV: dev ? "development" : "production",
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    UPLOAD_DIR: uploads,
    ...backendSecrets(secrets),
    MAIL_OUTBOX_DIR: process.env.MAIL_OUTBOX_DIR ?? path.join(DATA_DIR, "mail"),
    MEDUSA_DISABLE_TELEMETRY: "true",
    // Medusa logs every request in production; keep the console to what needs attention.
    LOG_LEVEL: process.env.LOG_LEVEL ?? (dev ? "info" : "warn"),
    // A larger young generation: Medusa's workflows allocate heavily per request, and fewer
    // scavenges leave more of the one core to the checkout (bench/README.md).
    NODE_OPTIONS: [process.env.NODE_OPTIONS, BACKEND_NODE_OPTIONS].filter(Boolean).join(" "),
    ...extra,
  })
}

/**
 * A production build on this machine by design: the backend's guard wants
 * explicit opt-ins for file mail and localhost links (README "Security");
 * docker-compose sets neither.
 */
export function localShopEnv() {
  return { MAIL_TO_FILES: process.env.MAIL_TO_FILES ?? "true", SWEET_CRUMBS_LOCAL: process.env.SWEET_CRUMBS_LOCAL ?? "true" }
}

/** The storefront server's environment: it reaches the store API at `backendUrl`. */
export function storefrontEnvFor({ dev = false, port, backendUrl, storefrontUrl, publishableKey, secrets }) {
  return childEnv({
    ...process.env,
    NODE_ENV: dev ? "development" : "production",
    HOST: process.env.STOREFRONT_HOST ?? "0.0.0.0",
    PORT: String(port),
    MEDUSA_BACKEND_URL: backendUrl,
    MEDUSA_PUBLISHABLE_KEY: publishableKey,
    SITE_URL: storefrontUrl,
    ...storefrontSecrets(secrets),
  })
}

/**
 * Migrates, seeds an empty shop, creates Maya's login when missing; returns
 * her login and the storefront's publishable key.
 */
export async function prepareShop({ databaseUrl, backendEnv, log }) {
  // Medusa's CLI commands other than `start` run from sources, as in development.
  const cliEnv = { ...backendEnv, NODE_ENV: "development" }
  log("Migrating the database…")
  await run(MEDUSA, ["db:migrate"], { cwd: BACKEND_DIR, env: cliEnv, label: "medusa db:migrate" })

  if ((await countProducts(databaseUrl)) === 0) {
    log("Empty shop: loading the Sweet Crumbs catalog (about a minute)…")
    await run(MEDUSA, ["exec", "../seed/src/run.ts"], { cwd: BACKEND_DIR, env: cliEnv, label: "seed" })
  }

  const login = await adminLogin()
  if (!(await adminExists(databaseUrl, login.email))) {
    log(`Creating Maya's admin login (${login.email})…`)
    await run(MEDUSA, ["user", "-e", login.email, "-p", login.password], { cwd: BACKEND_DIR, env: cliEnv, label: "medusa user" })
  }
  return { login, publishableKey: await readPublishableKey(databaseUrl) }
}

/** `medusa build` unless its inputs are unchanged; links the uploads into the server it built. */
export async function buildBackend({ backendEnv, uploads, log }) {
  await buildIfChanged(
    "backend",
    [path.join(BACKEND_DIR, "src"), path.join(BACKEND_DIR, "medusa-config.ts"), BAKERY_RULES_DIR, path.join(ROOT, "package-lock.json")],
    path.join(BACKEND_SERVER_DIR, "medusa-config.js"),
    () => run(MEDUSA, ["build"], { cwd: BACKEND_DIR, env: { ...backendEnv, NODE_ENV: "production" }, label: "medusa build" }),
    log
  )
  await linkUploads(BACKEND_SERVER_DIR, uploads)
}

/**
 * `astro build` unless its inputs and the catalog are unchanged; it pre-renders
 * from the running store API, so the backend must be up.
 */
export async function buildStorefront({ databaseUrl, storefrontEnv, log }) {
  await buildIfChanged(
    "storefront",
    [path.join(STOREFRONT_DIR, "src"), path.join(STOREFRONT_DIR, "public"), path.join(STOREFRONT_DIR, "astro.config.mjs"), path.join(STOREFRONT_DIR, "server.mjs"), BAKERY_RULES_DIR, path.join(ROOT, "package-lock.json")],
    path.join(STOREFRONT_DIR, "dist/server/entry.mjs"),
    () => run(ASTRO, ["build"], { cwd: STOREFRONT_DIR, env: storefrontEnv, label: "storefront build" }),
    log,
    await catalogFingerprint(databaseUrl)
  )
}

/**
 * Runs `build` unless the inputs (and `extra`, e.g. the catalog) match the
 * last successful build and its output still exists.
 */
async function buildIfChanged(name, inputs, output, build, log, extra = "") {
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
export async function linkUploads(dir, uploads) {
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
