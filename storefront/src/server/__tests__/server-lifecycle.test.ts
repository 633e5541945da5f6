/**
 * The production server (server.mjs) as a real process: its readiness check
 * follows the backend's, and on SIGTERM it finishes the request in flight,
 * refuses new connections, stops the catalog refresher and exits 0.
 *
 * server.mjs runs from a scratch folder beside a stand-in for Astro's built
 * entry (so no `astro build` is needed): a handler that, like a basket page,
 * asks the backend before it answers. The backend is an HTTP server in this
 * test that holds its answer until the test lets it go. A second server.mjs
 * shows the 10-second deadline on a page whose backend never answers.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises"
import http from "node:http"
import { tmpdir } from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
// @ts-ignore -- plain ESM helpers shared with `npm start`
import { freePort, refusesConnections } from "../../../../scripts/lib/ports.mjs"

const STOREFRONT_DIR = fileURLToPath(new URL("../../../", import.meta.url))

const ASTRO_STAND_IN = `
export async function handler(req, res) {
  const upstream = await fetch(new URL("/store/basket", process.env.MEDUSA_BACKEND_URL))
  res.writeHead(200, { "content-type": "text/plain" })
  res.end(await upstream.text())
}
export async function startCatalogRefresher() {}
export async function stopCatalogRefresher() { console.info("[stand-in] catalog refresher stopped") }
`

/** The backend as the storefront sees it: /ready answers `readyStatus`; /store/basket waits for `release()`. */
function createBackend(port: number) {
  const state = { readyStatus: 200, onBasketRequest: () => {}, releaseBasket: () => {} }
  const server = http.createServer((req, res) => {
    if (req.url === "/ready") {
      res.writeHead(state.readyStatus, { "content-type": "application/json" })
      res.end(JSON.stringify({ status: state.readyStatus === 200 ? "ready" : "unavailable" }))
      return
    }
    state.onBasketRequest()
    state.releaseBasket = () => res.end("Two lemon tarts")
  })
  return {
    state,
    listen: () => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve())),
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    }),
  }
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode)
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)))
}

/** server.mjs running from `dir`, talking to the backend on `backendPort`; its output is kept. */
async function startStorefront(dir: string, backendPort: number) {
  const port = await freePort()
  const child = spawn(process.execPath, ["server.mjs"], {
    cwd: dir,
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), MEDUSA_BACKEND_URL: `http://127.0.0.1:${backendPort}` },
  })
  const started = {
    child,
    port,
    origin: `http://127.0.0.1:${port}`,
    output: "",
    /** Resolves when `text` appears in the output. */
    async logged(text: string) {
      while (!started.output.includes(text)) {
        if (child.exitCode !== null) throw new Error(`server.mjs exited:\n${started.output}`)
        await new Promise((r) => setTimeout(r, 50))
      }
    },
  }
  child.stdout?.on("data", (chunk) => (started.output += chunk))
  child.stderr?.on("data", (chunk) => (started.output += chunk))
  await started.logged("[server] listening on")
  return started
}

describe("storefront server.mjs", () => {
  let dir = ""
  let backendPort = 0
  let storefront: Awaited<ReturnType<typeof startStorefront>>
  let backend: ReturnType<typeof createBackend>

  const readiness = async () => {
    const response = await fetch(`${storefront.origin}/ready`)
    return { status: response.status, cacheControl: response.headers.get("cache-control"), body: await response.json() }
  }

  /** A basket page in flight: the storefront has asked the backend, which holds its answer. */
  const basketInFlight = async (origin: string) => {
    const asked = new Promise<void>((resolve) => (backend.state.onBasketRequest = resolve))
    const page = fetch(`${origin}/cart`).then(async (r) => ({ status: r.status, text: await r.text() }))
    await asked
    return { page }
  }

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "sweet-crumbs-server-"))
    await copyFile(path.join(STOREFRONT_DIR, "server.mjs"), path.join(dir, "server.mjs"))
    await symlink(path.join(STOREFRONT_DIR, "src"), path.join(dir, "src"))
    await mkdir(path.join(dir, "dist/server"), { recursive: true })
    await mkdir(path.join(dir, "dist/client"), { recursive: true })
    await writeFile(path.join(dir, "dist/server/entry.mjs"), ASTRO_STAND_IN)
    await writeFile(path.join(dir, "dist/client/index.html"), "<!doctype html><title>Sweet Crumbs</title>")

    backendPort = await freePort()
    backend = createBackend(backendPort)
    await backend.listen()
    storefront = await startStorefront(dir, backendPort)
  })

  afterAll(async () => {
    if (storefront && storefront.child.exitCode === null) storefront.child.kill("SIGKILL")
    await backend?.close()
    await rm(dir, { recursive: true, force: true })
  })

  it("is ready when the backend is, uncached", async () => {
    expect(await readiness()).toEqual({ status: 200, cacheControl: "no-store", body: { status: "ready", checks: { backend: "ok" } } })
  })

  it("answers 503 while the backend says it is not ready, and while the backend is down; ready again after", async () => {
    backend.state.readyStatus = 503
    expect(await readiness()).toMatchObject({ status: 503, body: { status: "unavailable", checks: { backend: "not ready" } } })

    await backend.close()
    expect(await readiness()).toMatchObject({ status: 503, body: { status: "unavailable", checks: { backend: "unreachable" } } })

    backend.state.readyStatus = 200
    await backend.listen()
    expect(await readiness()).toMatchObject({ status: 200, body: { status: "ready", checks: { backend: "ok" } } })
  })

  it("on SIGTERM finishes the basket page in flight, refuses new connections, stops the refresher and exits 0", async () => {
    const { page } = await basketInFlight(storefront.origin)

    const exit = exited(storefront.child)
    storefront.child.kill("SIGTERM")
    await storefront.logged("[server] SIGTERM")
    expect(await refusesConnections(storefront.port)).toBe(true)

    backend.state.releaseBasket()
    expect(await page).toEqual({ status: 200, text: "Two lemon tarts" })
    expect(await exit, storefront.output).toBe(0)
    expect(storefront.output).toContain("[stand-in] catalog refresher stopped")
  })

  it("on SIGTERM gives up on a page whose backend never answers after the deadline, and exits 1", async () => {
    const stalled = await startStorefront(dir, backendPort)
    const inFlight = await basketInFlight(stalled.origin)
    const page = inFlight.page.then(
      () => "answered",
      () => "cut off"
    )
    const exit = exited(stalled.child)
    stalled.child.kill("SIGTERM")
    expect(await exit, stalled.output).toBe(1)
    expect(stalled.output).toContain("[server] requests still running 10 s after SIGTERM; stopping anyway")
    expect(await page).toBe("cut off")
  }, 30_000)
})
