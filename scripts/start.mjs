// `npm start` (production builds) and `npm run dev` (watching dev servers):
// database, migrations, first seed, Maya's login, backend and storefront.
import { mkdir } from "node:fs/promises"
import path from "node:path"
import { serve, supervise, waitForHttp } from "./lib/processes.mjs"
import {
  assertPortFree,
  BACKEND_DIR,
  BIN,
  DATA_DIR,
  loadRootEnv,
  localSecrets,
  openDatabase,
  STOREFRONT_DIR,
} from "./lib/shop-env.mjs"
import {
  BACKEND_SERVER_DIR,
  backendEnvFor,
  buildBackend,
  buildStorefront,
  linkUploads,
  localShopEnv,
  MEDUSA,
  prepareShop,
  storefrontEnvFor,
} from "./lib/shop-setup.mjs"

const dev = process.argv.includes("--dev")
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
const medusa = MEDUSA
const astro = path.join(BIN, "astro")

let database = { stop: async () => {} }
const supervisor = supervise(main, { log, what: "shop", cleanup: () => database.stop() })

async function main() {
  const started = Date.now()
  await assertPortFree(BACKEND_PORT, "backend")
  await assertPortFree(STOREFRONT_PORT, "storefront")
  database = await openDatabase({ log })
  const secrets = await localSecrets()
  const uploads = path.join(DATA_DIR, "uploads")
  await mkdir(uploads, { recursive: true })

  const backendEnv = backendEnvFor({ dev, databaseUrl: database.url, port: BACKEND_PORT, backendUrl, storefrontUrl, uploads, secrets, extra: localShopEnv() })

  const { login, publishableKey } = await prepareShop({ databaseUrl: database.url, backendEnv, log })

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
    await buildBackend({ backendEnv, uploads, log })
    backend = serve(medusa, ["start", "--port", String(BACKEND_PORT)], { cwd: BACKEND_SERVER_DIR, env: backendEnv, name: "backend", onExit: exitWith("backend"), hide })
  }
  log(`Waiting for the backend on ${backendUrl}…`)
  await waitForHttp(`${backendUrl}/health`, 300_000, () => backend.exitCode === null)

  const storefrontEnv = storefrontEnvFor({ dev, port: STOREFRONT_PORT, backendUrl, storefrontUrl, publishableKey, secrets })
  let storefront
  if (dev) {
    storefront = serve(astro, ["dev", "--port", String(STOREFRONT_PORT), "--host"], { cwd: STOREFRONT_DIR, env: storefrontEnv, name: "storefront", onExit: exitWith("storefront") })
  } else {
    await buildStorefront({ databaseUrl: database.url, storefrontEnv, log })
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
    if (supervisor.stopping()) return
    console.error(`✗ the ${name} stopped unexpectedly (${signal ?? `exit code ${code}`}).`)
    supervisor.shutdown(1)
  }
}
