/**
 * No container runtime works on our machines, so docker-compose.yml is
 * verified against what does run: `npm run start:cluster`'s own description
 * of its processes (scripts/lib/cluster.mjs) and the one HAProxy config both
 * use. Same services, roles, worker modes, environment names, health checks
 * and load-balanced servers.
 */
import { readFileSync } from "node:fs"
import path from "node:path"
import { parse } from "yaml"
// @ts-ignore -- plain ESM module shared with `npm run start:cluster`
import * as cluster from "../../../scripts/lib/cluster.mjs"
// @ts-ignore -- plain ESM module shared with `npm start`
import { localShopEnv } from "../../../scripts/lib/shop-setup.mjs"

type Service = {
  build?: { target?: string }
  image?: string
  command?: string[]
  environment?: Record<string, string>
  healthcheck?: { test: string[] }
  depends_on?: Record<string, { condition: string }> | string[]
  restart?: string
  init?: boolean
  profiles?: string[]
  ports?: string[]
  volumes?: string[]
  stop_grace_period?: string
}

const ROOT = path.resolve(__dirname, "../../..")
const compose = parse(readFileSync(path.join(ROOT, "docker-compose.yml"), "utf8"), { merge: true }) as {
  services: Record<string, Service>
}
const haproxy = readFileSync(cluster.HAPROXY_CONFIG, "utf8")
const dockerfile = readFileSync(path.join(ROOT, "docker/Dockerfile"), "utf8")
const services: { name: string; role: string; workerMode?: string; containerPort: number; health: string }[] =
  cluster.CLUSTER_SERVICES

/** What the cluster script gives each process, with placeholder values. */
const settings = {
  databaseUrl: "postgres://placeholder/db",
  redisUrl: "redis://placeholder:6379",
  ports: cluster.clusterPorts({}),
  backendUrl: "http://localhost:9000",
  storefrontUrl: "http://localhost:4321",
  uploads: "/data/uploads",
  // Every secret localSecrets() gives `npm start` and the cluster.
  secrets: { JWT_SECRET: "j", COOKIE_SECRET: "c", REVALIDATE_SECRET: "r", STOREFRONT_PROXY_SECRET: "p", ORDER_LINK_SECRET: "o", ORDER_COOKIE_SECRET: "k" },
  publishableKey: "pk_placeholder",
}
const processes: { service: { name: string }; env: Record<string, string> }[] = cluster.clusterProcesses(settings)
/** Opt-ins for a production build on one developer's machine, which production never sets. */
const LOCAL_ONLY = Object.keys(localShopEnv())
/** Names the cluster script sets itself (not passed through from the caller's environment, not PATH). */
const namesSetFor = (name: string) => {
  const env = processes.find((p) => p.service.name === name)!.env
  return Object.keys(env).filter(
    (key) => key !== "PATH" && !LOCAL_ONLY.includes(key) && (!(key in process.env) || env[key] !== process.env[key])
  )
}
const depends = (service: Service) =>
  Array.isArray(service.depends_on) ? service.depends_on : Object.keys(service.depends_on ?? {})

describe("docker-compose.yml agrees with npm run start:cluster", () => {
  it("runs the same long-running services, plus Postgres, Redis and the one-shot migrate and seed", () => {
    const long = Object.entries(compose.services)
      .filter(([, s]) => !s.profiles && s.restart !== "no")
      .map(([name]) => name)
    expect(long.sort()).toEqual([...services.map((s) => s.name), "postgres", "redis"].sort())
    expect(compose.services.migrate.command).toEqual(["migrate"])
    expect(compose.services.seed.profiles).toEqual(["setup"])
  })

  it.each(services.filter((s) => s.role !== "loadbalancer"))("$name: role, worker mode, environment, health check, restart, init", (service) => {
    const composed = compose.services[service.name]
    expect(composed.command).toEqual([service.role])
    expect(composed.restart).toBe("unless-stopped")
    expect(composed.init).toBe(true)
    expect(composed.stop_grace_period).toBe("15s")
    expect(composed.build?.target).toBe("runtime")
    const env = composed.environment ?? {}
    expect(Object.keys(env)).toEqual(expect.arrayContaining(namesSetFor(service.name)))
    expect(Object.keys(env).filter((key) => LOCAL_ONLY.includes(key))).toEqual([])
    if (service.workerMode) {
      expect(env.MEDUSA_WORKER_MODE).toBe(service.workerMode)
      expect(env.PORT).toBe(String(service.containerPort))
      expect(env.REDIS_URL).toBeTruthy()
      expect(depends(composed)).toContain("migrate")
    }
    const processEnv = processes.find((p) => p.service.name === service.name)!.env
    expect(env.DISABLE_MEDUSA_ADMIN).toBe(processEnv.DISABLE_MEDUSA_ADMIN)
    expect(composed.healthcheck?.test.join(" ")).toContain(`localhost:${service.containerPort}${service.health}'`)
  })

  it("the storefront reaches the store API through the load balancer, as in the cluster", () => {
    const lb = services.find((s) => s.role === "loadbalancer")!
    expect(compose.services.storefront.environment?.MEDUSA_BACKEND_URL).toBe(`http://${lb.name}:${lb.containerPort}`)
    expect(processes.find((p) => p.service.name === "storefront")!.env.MEDUSA_BACKEND_URL).toBe(settings.backendUrl)
    expect(settings.backendUrl).toContain(`:${settings.ports[lb.name]}`)
  })

  it("the load balancer uses docker/haproxy.cfg with the API servers and health path of the cluster", () => {
    const lb = compose.services.loadbalancer
    expect(lb.restart).toBe("unless-stopped")
    expect(lb.init).toBe(true)
    expect(lb.ports).toEqual([`${cluster.clusterPorts({}).loadbalancer}:9000`])
    expect(lb.volumes).toEqual(["./docker:/usr/local/etc/haproxy:ro"])
    expect(path.basename(cluster.HAPROXY_CONFIG)).toBe("haproxy.cfg")
    expect(lb.environment?.LB_BIND).toBe(":9000")
    expect(lb.environment?.HEALTH_PATH).toBe(cluster.BACKEND_HEALTH_PATH)
    const apiServers = services.filter((s) => s.role === "backend")
    expect(apiServers).toHaveLength(2)
    apiServers.forEach((s, i) => expect(lb.environment?.[`API_SERVER_${i + 1}`]).toBe(`${s.name}:${s.containerPort}`))
    expect(depends(lb).sort()).toEqual(apiServers.map((s) => s.name).sort())

    const lbEnv = processes.find((p) => p.service.name === "loadbalancer")!.env
    apiServers.forEach((s, i) => expect(lbEnv[`API_SERVER_${i + 1}`]).toBe(`127.0.0.1:${settings.ports[s.name]}`))
    expect(lbEnv.HEALTH_PATH).toBe(lb.environment?.HEALTH_PATH)
    // The config names exactly those variables, checks health fast and retries refused connections elsewhere.
    expect(haproxy.match(/^\s*server \S+ "\$\{API_SERVER_\d\}" check$/gm)).toHaveLength(apiServers.length)
    expect(haproxy).toContain('http-check send meth GET uri "${HEALTH_PATH}"')
    expect(haproxy).toMatch(/default-server inter 1s .*fall 2 rise 2/)
    expect(haproxy).toMatch(/option redispatch/)
    expect(haproxy).toMatch(/^\s*retries \d+$/m)
    expect(haproxy).toContain('bind "${LB_BIND}"')
  })

  it("the image runs as node with production dependencies only in its final stage", () => {
    const stages = dockerfile.split(/^FROM /m).slice(1)
    const runtime = stages.find((stage) => /^\S+ AS runtime/.test(stage))!
    expect(runtime).toContain("npm ci --omit=dev")
    expect(runtime).toMatch(/^USER node$/m)
    expect(runtime).toMatch(/chown -R node:node \/data/)
    expect(stages.at(-1)).toBe(runtime)
  })
})
