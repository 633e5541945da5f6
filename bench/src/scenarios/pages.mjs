// Pre-rendered storefront pages (home, a category, a product) against a bare
// node:http server sending the same bytes: how close the storefront's static
// serving comes to the best Node can do on this machine.
import { fork } from "node:child_process"
import http from "node:http"
import path from "node:path"
import { PAGE_CONNECTIONS } from "../config.mjs"
import { runLoad } from "../load/run-load.mjs"

// What a browser asks for, so compression (if any) is what customers get.
const BROWSER_HEADERS = { accept: "text/html,application/xhtml+xml", "accept-encoding": "gzip, deflate, br, zstd" }
// Hop-by-hop and per-response headers the baseline server sets itself.
const NOT_COPIED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"])

export async function pagesScenario({ storefrontOrigin, pages, mode, processes, log }) {
  const captured = await Promise.all(pages.map(async (page) => ({ ...page, ...(await capture(`${storefrontOrigin}${page.path}`)) })))
  const baseline = await startBaseline(captured)
  try {
    const runs = []
    for (const page of captured) {
      for (const connections of PAGE_CONNECTIONS) {
        log(`${page.name} page ${page.path}, ${connections} connections`)
        const load = (origin, options) =>
          runLoad("autocannon", { origin, connections, seconds: mode.seconds, warmupSeconds: mode.warmupSeconds, headers: BROWSER_HEADERS, requests: [{ path: page.path }] }, options)
        // Alternated page by page so both see the same background load on a shared machine.
        const storefront = await load(storefrontOrigin, { processes, sampleRss: connections === 100 })
        const bare = await load(`http://127.0.0.1:${baseline.port}`, { processes })
        runs.push({
          page: page.name,
          path: page.path,
          bytes: page.body.length,
          contentEncoding: page.headers["content-encoding"] ?? "identity",
          connections,
          storefront,
          baseline: bare,
          ratio: storefront.requestsPerSecond / bare.requestsPerSecond,
        })
      }
    }
    return runs
  } finally {
    baseline.child.kill()
  }
}

/** The raw response (still compressed, unlike fetch()'s) a browser gets for `url`. */
function capture(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: BROWSER_HEADERS }, (res) => {
        const chunks = []
        res.on("data", (c) => chunks.push(c))
        res.on("end", () => {
          if (res.statusCode !== 200) return reject(new Error(`${url} answered ${res.statusCode}`))
          const headers = Object.fromEntries(Object.entries(res.headers).filter(([name]) => !NOT_COPIED.has(name)))
          resolve({ headers, body: Buffer.concat(chunks) })
        })
      })
      .on("error", reject)
  })
}

function startBaseline(pages) {
  const child = fork(path.join(import.meta.dirname, "../load/baseline-http.mjs"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] })
  return new Promise((resolve, reject) => {
    child.once("message", ({ port }) => resolve({ child, port }))
    child.once("exit", (code) => reject(new Error(`baseline server exited (code ${code})`)))
    child.send({ pages: pages.map((p) => ({ path: p.path, headers: p.headers, body: p.body.toString("base64") })) })
  })
}
