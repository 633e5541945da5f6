// @ts-check
// The storefront in production: `node server.mjs` after `astro build`.
// @astrojs/node's standalone server stats, opens, reads and closes a file for every pre-rendered page it
// sends, uncompressed; here the built files are held in memory, precompressed (src/server/static-files.mjs),
// and everything else (cart, checkout, account, actions, the refresher's render route, 404s) goes to
// Astro's handler, which the adapter builds in "middleware" mode. Same variables as the adapter: HOST, PORT.
import http from "node:http"
import { fileURLToPath } from "node:url"
import { stopGracefullyOnSignal } from "./src/server/graceful-shutdown.mjs"
import { storefrontReadiness } from "./src/server/readiness.mjs"
import { loadStaticFiles } from "./src/server/static-files.mjs"
import { securityHeaders } from "./src/lib/security-headers.mjs"

const started = performance.now()
const host = process.env.HOST ?? "localhost"
const port = Number(process.env.PORT ?? 4321)
// As astro.config.mjs's env schema: read at run time, same default.
const backendUrl = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"

/**
 * @typedef {object} AstroEntry
 * @property {(req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>} handler
 * @property {() => Promise<void>} startCatalogRefresher added by integrations/freshness-autostart.mjs
 * @property {() => Promise<void>} stopCatalogRefresher added by integrations/freshness-autostart.mjs
 */
const astro = /** @type {AstroEntry} */ (await import(new URL("./dist/server/entry.mjs", import.meta.url).href))
const files = await loadStaticFiles(fileURLToPath(new URL("./dist/client/", import.meta.url)))
// Set on every response here, pre-rendered files included; Astro's middleware sets the same on its own.
const security = Object.entries(securityHeaders(process.env))

const server = http.createServer(async (req, res) => {
  for (const [name, value] of security) res.setHeader(name, value)
  // As the adapter's standalone server did: a URL that does not decode is a bad request, for Astro too.
  if (req.url?.includes("%")) {
    try {
      decodeURI(req.url)
    } catch {
      res.writeHead(400)
      res.end("Bad request.")
      return
    }
  }
  try {
    // The load balancer's readiness check (README "Deploying"): asks the backend every time, never cached.
    if (req.url === "/ready") {
      const { status, body } = await storefrontReadiness(backendUrl)
      res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" })
      res.end(JSON.stringify(body))
      return
    }
    if (!(await files.serve(req, res))) await astro.handler(req, res)
  } catch (error) {
    console.error(`[server] could not serve ${req.url}:`, error)
    if (!res.headersSent) res.writeHead(500)
    res.end()
  }
})

stopGracefullyOnSignal(server, { beforeExit: astro.stopCatalogRefresher })

server.listen(port, host, () => {
  const { files: count, bytes } = files.size()
  const ms = Math.round(performance.now() - started)
  console.info(`[server] listening on http://${host}:${port}, ${count} built files in memory (${(bytes / 1e6).toFixed(1)} MB), ready in ${ms} ms`)
  void astro.startCatalogRefresher()
})
