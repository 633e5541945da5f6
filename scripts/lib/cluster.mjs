// The production topology of docker-compose.yml as processes on one machine:
// two API servers behind HAProxy, one background worker, the storefront.
// `npm run start:cluster` runs exactly this, and the compose agreement test
// compares it with docker-compose.yml and docker/haproxy.cfg.
import path from "node:path"
import { ROOT, STOREFRONT_DIR } from "./shop-env.mjs"
import { BACKEND_SERVER_DIR, backendEnvFor, localShopEnv, MEDUSA, storefrontEnvFor } from "./shop-setup.mjs"

/** The cluster shares state through these; both must be given. */
export const CLUSTER_REQUIRED_ENV = ["DATABASE_URL", "REDIS_URL"]
export const HAPROXY_CONFIG = path.join(ROOT, "docker/haproxy.cfg")
/**
 * What the load balancer checks on each API server: readiness (Postgres and
 * Redis answer), so a server that lost them gets no requests. The worker
 * serves no routes of ours, only Medusa's liveness check.
 */
export const BACKEND_HEALTH_PATH = "/ready"
const LIVENESS_PATH = "/health"

/**
 * Every long-running service: compose service name, the image's role
 * (docker/entrypoint.sh), the worker mode, the port it listens on inside a
 * container and the variable that moves it here, and its health check path.
 */
export const CLUSTER_SERVICES = [
  { name: "backend-1", role: "backend", workerMode: "server", containerPort: 9000, portVariable: "API_SERVER_1_PORT", defaultPort: 9001, health: BACKEND_HEALTH_PATH },
  { name: "backend-2", role: "backend", workerMode: "server", containerPort: 9000, portVariable: "API_SERVER_2_PORT", defaultPort: 9002, health: BACKEND_HEALTH_PATH },
  { name: "worker", role: "worker", workerMode: "worker", containerPort: 9000, portVariable: "WORKER_PORT", defaultPort: 9003, health: LIVENESS_PATH },
  { name: "loadbalancer", role: "loadbalancer", containerPort: 9000, portVariable: "BACKEND_PORT", defaultPort: 9000, health: BACKEND_HEALTH_PATH },
  { name: "storefront", role: "storefront", containerPort: 4321, portVariable: "STOREFRONT_PORT", defaultPort: 4321, health: "/" },
]
/** The API servers, in HAProxy's order (API_SERVER_1, API_SERVER_2). */
export const API_SERVERS = CLUSTER_SERVICES.filter((s) => s.role === "backend")

/** The one-line reason the cluster cannot start from `env`, or null. */
export function clusterConfigProblem(env = process.env) {
  const missing = CLUSTER_REQUIRED_ENV.filter((name) => !env[name])
  return missing.length
    ? `${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not set; the cluster's processes share one Postgres and one Redis (e.g. DATABASE_URL=postgres://postgres@localhost:5432/sweet_crumbs REDIS_URL=redis://localhost:6379).`
    : null
}

/** Each service's port on this machine, from its variable or the default. */
export function clusterPorts(env = process.env) {
  return Object.fromEntries(CLUSTER_SERVICES.map((s) => [s.name, Number(env[s.portVariable] ?? s.defaultPort)]))
}

/** The environment of a backend process in the cluster (server or worker). */
export function clusterBackendEnv(service, settings) {
  return backendEnvFor({
    databaseUrl: settings.databaseUrl,
    port: settings.ports[service.name],
    backendUrl: settings.backendUrl,
    storefrontUrl: settings.storefrontUrl,
    uploads: settings.uploads,
    secrets: settings.secrets,
    extra: {
      // Like `npm start`, the cluster runs on this machine.
      ...localShopEnv(),
      REDIS_URL: settings.redisUrl,
      MEDUSA_WORKER_MODE: service.workerMode,
      // The worker serves no admin; the servers serve it at the load balancer's /app.
      ...(service.role === "worker" ? { DISABLE_MEDUSA_ADMIN: "true" } : {}),
    },
  })
}

/** HAProxy's environment: docker/haproxy.cfg reads its addresses from it. */
export function loadBalancerEnv(settings) {
  return {
    ...process.env,
    LB_BIND: `${settings.host ?? ""}:${settings.ports.loadbalancer}`,
    HEALTH_PATH: BACKEND_HEALTH_PATH,
    ...Object.fromEntries(API_SERVERS.map((s, i) => [`API_SERVER_${i + 1}`, `127.0.0.1:${settings.ports[s.name]}`])),
  }
}

/**
 * The command, directory and environment of every service, in start order.
 * `settings`: databaseUrl, redisUrl, ports, backendUrl, storefrontUrl,
 * uploads, secrets, publishableKey.
 */
export function clusterProcesses(settings) {
  return CLUSTER_SERVICES.map((service) => {
    const port = settings.ports[service.name]
    const url = `http://127.0.0.1:${port}`
    if (service.role === "backend" || service.role === "worker") {
      return { service, url, command: MEDUSA, args: ["start", "--port", String(port)], cwd: BACKEND_SERVER_DIR, env: clusterBackendEnv(service, settings) }
    }
    if (service.role === "loadbalancer") {
      // -db: stay in the foreground, so stopping the cluster stops it; -W: master-worker.
      return { service, url, command: "haproxy", args: ["-W", "-db", "-f", HAPROXY_CONFIG], cwd: ROOT, env: loadBalancerEnv(settings) }
    }
    return {
      service,
      url,
      command: process.execPath,
      args: ["server.mjs"],
      cwd: STOREFRONT_DIR,
      env: storefrontEnvFor({ port, backendUrl: settings.backendUrl, storefrontUrl: settings.storefrontUrl, publishableKey: settings.publishableKey, secrets: settings.secrets }),
    }
  })
}
