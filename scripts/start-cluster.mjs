// `npm run start:cluster`: docker-compose.yml's topology as processes on this
// machine (see scripts/lib/cluster.mjs) against DATABASE_URL and REDIS_URL:
// migrations, first seed, builds, then two API servers behind HAProxy, the
// worker and the storefront. A service that dies is started again, as
// compose's `restart: unless-stopped` does; Ctrl-C stops everything.
import { mkdir, writeFile } from "node:fs/promises"
import path from "node:path"
import { serve, supervise, waitForHttp } from "./lib/processes.mjs"
import { assertPortFree, DATA_DIR, loadRootEnv, localSecrets } from "./lib/shop-env.mjs"
import { buildBackend, buildStorefront, prepareShop } from "./lib/shop-setup.mjs"
import { API_SERVERS, CLUSTER_SERVICES, clusterBackendEnv, clusterConfigProblem, clusterPorts, clusterProcesses } from "./lib/cluster.mjs"

const log = (line) => console.log(`» ${line}`)
/** Where the running processes are written, for operators and the fault tests. */
const STATE_FILE = path.join(DATA_DIR, "cluster.json")
/** Like compose's restart policy: a service that keeps dying waits longer each time, up to 15 s. */
const restartDelay = (attempt) => Math.min(1000 * 2 ** attempt, 15_000)
/** A service that ran this long is healthy again: its next restart is quick. */
const STEADY_MS = 30_000

loadRootEnv()
const problem = clusterConfigProblem(process.env)
if (problem) {
  console.error(`✗ ${problem}`)
  process.exit(1)
}

const ports = clusterPorts(process.env)
const backendUrl = process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${ports.loadbalancer}`
const storefrontUrl = process.env.STOREFRONT_URL ?? `http://localhost:${ports.storefront}`
/** The running child of each service, by name. */
const children = {}
const supervisor = supervise(main, { log, what: "cluster" })

async function main() {
  const started = Date.now()
  for (const service of CLUSTER_SERVICES) {
    await assertPortFree(ports[service.name], service.name)
  }
  const uploads = path.join(DATA_DIR, "uploads")
  await mkdir(uploads, { recursive: true })
  const settings = {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    ports,
    backendUrl,
    storefrontUrl,
    uploads,
    secrets: await localSecrets(),
  }
  // An API server's environment: the admin bundle is built only where the admin is served.
  const backendEnv = clusterBackendEnv(API_SERVERS[0], settings)
  const { login, publishableKey } = await prepareShop({ databaseUrl: settings.databaseUrl, backendEnv, log })
  await buildBackend({ backendEnv, uploads, log })

  const processes = clusterProcesses({ ...settings, publishableKey })
  const [storefront] = processes.filter((p) => p.service.role === "storefront")
  for (const p of processes.filter((p) => p !== storefront)) start(p)
  log(`Waiting for the API servers, the worker and the load balancer on ${backendUrl}…`)
  await Promise.all(processes.filter((p) => p !== storefront).map((p) => waitForHttp(`${p.url}${p.service.health}`, 300_000, () => !supervisor.stopping())))

  await buildStorefront({ databaseUrl: settings.databaseUrl, storefrontEnv: storefront.env, log })
  start(storefront)
  await waitForHttp(`${storefront.url}${storefront.service.health}`, 120_000, () => !supervisor.stopping())

  const seconds = Math.round((Date.now() - started) / 1000)
  console.log(`
Sweet Crumbs cluster is open (ready in ${seconds}s): ${processes.map((p) => `${p.service.name} :${ports[p.service.name]}`).join(", ")}.
  Storefront  ${storefrontUrl}
  Admin       ${backendUrl}/app
  Login       ${login.email} / ${login.password}
Press Ctrl-C to stop everything.
`)
}

/** Starts one service and starts it again whenever it dies, until the cluster stops. */
function start(p, attempt = 0) {
  const { service } = p
  const startedAt = Date.now()
  children[service.name] = serve(p.command, p.args, {
    cwd: p.cwd,
    env: p.env,
    name: service.name,
    onExit: (code, signal) => {
      if (supervisor.stopping()) return
      const next = Date.now() - startedAt > STEADY_MS ? 0 : attempt + 1
      console.error(`✗ ${service.name} stopped (${signal ?? `exit code ${code}`}); starting it again in ${restartDelay(next) / 1000}s.`)
      setTimeout(() => !supervisor.stopping() && start(p, next), restartDelay(next))
    },
  })
  writeState().catch((error) => console.error(`✗ could not write ${STATE_FILE}: ${error.message}`))
}

async function writeState() {
  const state = Object.fromEntries(CLUSTER_SERVICES.filter((s) => children[s.name]).map((s) => [s.name, { pid: children[s.name].pid, port: ports[s.name] }]))
  await writeFile(STATE_FILE, JSON.stringify(state, null, 2) + "\n")
}
