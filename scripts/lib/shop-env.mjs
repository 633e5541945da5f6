// What `npm start`, `npm run dev` and `npm run seed` share: where data lives,
// which database to use, and the secrets and logins kept between runs.
import { createHmac, randomBytes } from "node:crypto"
import { existsSync, readFileSync } from "node:fs"
import { mkdir, writeFile } from "node:fs/promises"
import net from "node:net"
import path from "node:path"
import { ensureDatabase, startEmbeddedPostgres } from "./embedded-postgres.mjs"

export const ROOT = path.resolve(import.meta.dirname, "../..")
/** Where `npm start` keeps Postgres, uploads, mail and secrets; tests point it elsewhere. */
export const DATA_DIR = path.resolve(process.env.SWEET_CRUMBS_DATA_DIR ?? path.join(ROOT, ".data"))
export const BACKEND_DIR = path.join(ROOT, "backend")
export const STOREFRONT_DIR = path.join(ROOT, "storefront")
export const BIN = path.join(ROOT, "node_modules/.bin")

/**
 * The environment children run in: our Node (24, from the `node` devDependency)
 * and the workspace's bins first, whether or not we were started through npm.
 */
export function childEnv(env) {
  return { ...env, PATH: [path.dirname(process.execPath), BIN, env.PATH ?? process.env.PATH].join(path.delimiter) }
}

/** Reads the optional root `.env` into process.env (values already set win). */
export function loadRootEnv() {
  const file = path.join(ROOT, ".env")
  if (existsSync(file)) {
    process.loadEnvFile(file)
  }
}

/** Resolves when `port` is free on this machine, rejects with a one-line reason otherwise. */
export function assertPortFree(port, what) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once("error", () => reject(new Error(`port ${port} (${what}) is already in use; stop what is using it or set ${portVariable(what)}.`)))
    probe.listen(port, () => probe.close(resolve))
  })
}

function portVariable(what) {
  return { backend: "BACKEND_PORT", storefront: "STOREFRONT_PORT", "embedded Postgres": "EMBEDDED_PG_PORT" }[what] ?? "the port"
}

/** The embedded Postgres' port (EMBEDDED_PG_PORT, default 54320) and data folder. */
export const embeddedPort = () => Number(process.env.EMBEDDED_PG_PORT ?? 54320)
export const embeddedDataDir = () => path.join(DATA_DIR, "postgres")

/**
 * DATABASE_URL when given; otherwise an embedded Postgres under .data/postgres
 * (started here, stopped by the returned `stop`).
 */
export async function openDatabase({ log }) {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} }
  }
  const port = embeddedPort()
  await assertPortFree(port, "embedded Postgres")
  const dataDir = embeddedDataDir()
  const shown = path.relative(ROOT, dataDir)
  log(`Starting embedded Postgres on port ${port} (data in ${shown.startsWith("..") ? dataDir : shown})…`)
  const pg = await startEmbeddedPostgres({ dataDir, port })
  try {
    await ensureDatabase(pg.url("postgres"), "sweet_crumbs")
  } catch (error) {
    await pg.stop()
    throw error
  }
  return { url: pg.url("sweet_crumbs"), embedded: true, stop: pg.stop }
}

/** A JSON file under .data/ created once with `create()` and reused afterwards. */
export async function rememberedJson(name, create) {
  const file = path.join(DATA_DIR, name)
  if (existsSync(file)) {
    return JSON.parse(readFileSync(file, "utf8"))
  }
  const value = create()
  await mkdir(DATA_DIR, { recursive: true })
  await writeFile(file, JSON.stringify(value, null, 2) + "\n", { mode: 0o600 })
  return value
}

/** Session secrets generated on first start so logins survive restarts. */
export async function localSecrets() {
  const secrets = await rememberedJson("secrets.json", () => ({
    jwt_secret: randomBytes(32).toString("hex"),
    cookie_secret: randomBytes(32).toString("hex"),
    revalidate_secret: randomBytes(32).toString("hex"),
  }))
  return {
    JWT_SECRET: process.env.JWT_SECRET ?? secrets.jwt_secret,
    COOKIE_SECRET: process.env.COOKIE_SECRET ?? secrets.cookie_secret,
    REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? secrets.revalidate_secret,
    // Derived, so secrets.json files written before it existed need no change.
    STOREFRONT_PROXY_SECRET: process.env.STOREFRONT_PROXY_SECRET ?? createHmac("sha256", secrets.cookie_secret).update("storefront-proxy").digest("hex"),
    // Signs order links in emails (backend and storefront); the cookie secret signs the storefront's own order cookie.
    ORDER_LINK_SECRET: process.env.ORDER_LINK_SECRET ?? createHmac("sha256", secrets.cookie_secret).update("order-link").digest("hex"),
    ORDER_COOKIE_SECRET: process.env.ORDER_COOKIE_SECRET ?? createHmac("sha256", secrets.cookie_secret).update("order-cookie").digest("hex"),
  }
}

/** Maya's admin login: from MAYA_EMAIL/MAYA_PASSWORD, or generated once and kept in .data/. */
export async function adminLogin() {
  const stored = await rememberedJson("admin-login.json", () => ({
    email: process.env.MAYA_EMAIL ?? "maya@sweetcrumbs.example",
    password: process.env.MAYA_PASSWORD ?? randomBytes(9).toString("base64url"),
  }))
  return {
    email: process.env.MAYA_EMAIL ?? stored.email,
    password: process.env.MAYA_PASSWORD ?? stored.password,
  }
}
