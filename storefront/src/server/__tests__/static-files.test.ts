import http from "node:http"
import type { AddressInfo } from "node:net"
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { brotliDecompressSync, gunzipSync } from "node:zlib"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { ASSET_CACHE_CONTROL, PAGE_CACHE_CONTROL } from "../../lib/cache-control.mjs"
import { parseAcceptEncoding } from "../accept-encoding.mjs"
import { loadStaticFiles } from "../static-files.mjs"
import { candidateKeys } from "../url-keys.mjs"

const RECHECK_MS = 50
const page = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body>${"<p>Butter, flour, sugar, eggs.</p>".repeat(60)}</body></html>`
const LEMON_TART = page("Lemon tart")
const CSS = `.card{padding:1rem}${".crumb{color:#a0522d}".repeat(40)}`

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

let root = ""
let origin = ""
let server: http.Server
/** What reached the fallback (Astro's handler in production). */
const fellThrough: string[] = []

/** A raw request: no decompression, and the path sent exactly as written (fetch would normalise "..") */
function request(pathname: string, { method = "GET", headers = {} }: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${origin}/`, { method, path: pathname, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on("data", (chunk: Buffer) => chunks.push(chunk))
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on("error", reject)
    req.end()
  })
}

/** Like the refresher: write next to the file, then rename over it. */
async function writeAtomically(relative: string, content: string) {
  const file = path.join(root, relative)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(`${file}.1.tmp`, content)
  await rename(`${file}.1.tmp`, file)
}

const afterRecheck = () => new Promise((resolve) => setTimeout(resolve, RECHECK_MS + 20))

beforeAll(async () => {
  const parent = await mkdtemp(path.join(tmpdir(), "sweet-crumbs-static-"))
  root = path.join(parent, "client")
  await writeFile(path.join(parent, "secret.txt"), "the sourdough starter's secret")
  await writeAtomically("index.html", page("Sweet Crumbs"))
  await writeAtomically("products/lemon-tart/index.html", LEMON_TART)
  await writeAtomically("products/rye-loaf/index.html", page("Rye loaf"))
  await writeAtomically("products/apple-pie/index.html", page("Apple pie"))
  await writeAtomically("_astro/BaseLayout.DakPTV5z.css", CSS)
  await writeAtomically("favicon.svg", `<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>`)
  await writeAtomically("images/crumb.png", "\x89PNG not really")
  await writeAtomically(".env", "SECRET=1")
  const files = await loadStaticFiles(root, { recheckMs: RECHECK_MS })
  server = http.createServer(async (req, res) => {
    if (await files.serve(req, res)) return
    fellThrough.push(`${req.method} ${req.url}`)
    res.writeHead(404, { "content-type": "text/plain" })
    res.end("astro")
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await rm(path.dirname(root), { recursive: true, force: true })
})

describe("static files served from memory", () => {
  it("sends brotli, gzip or plain bytes as the client accepts, each with its own length", async () => {
    const br = await request("/products/lemon-tart/", { headers: { "accept-encoding": "gzip, deflate, br" } })
    expect(br.headers["content-encoding"]).toBe("br")
    expect(brotliDecompressSync(br.body).toString()).toBe(LEMON_TART)
    expect(Number(br.headers["content-length"])).toBe(br.body.length)
    expect(br.body.length).toBeLessThan(LEMON_TART.length / 4)

    const gzip = await request("/products/lemon-tart/", { headers: { "accept-encoding": "gzip" } })
    expect(gzip.headers["content-encoding"]).toBe("gzip")
    expect(gunzipSync(gzip.body).toString()).toBe(LEMON_TART)

    const plain = await request("/products/lemon-tart/")
    expect(plain.headers["content-encoding"]).toBeUndefined()
    expect(plain.body.toString()).toBe(LEMON_TART)
    expect(Number(plain.headers["content-length"])).toBe(Buffer.byteLength(LEMON_TART))

    for (const answer of [br, gzip, plain]) expect(answer.headers.vary).toBe("Accept-Encoding")
    expect(new Set([br, gzip, plain].map((a) => a.headers.etag)).size).toBe(1)
  })

  it("honours q-values when choosing the encoding", () => {
    expect(parseAcceptEncoding("gzip, deflate, br")).toEqual(["br", "gzip"])
    expect(parseAcceptEncoding("br;q=0, gzip")).toEqual(["gzip"])
    expect(parseAcceptEncoding("gzip;q=1, br;q=0.5")).toEqual(["gzip", "br"])
    expect(parseAcceptEncoding("*")).toEqual(["br", "gzip"])
    expect(parseAcceptEncoding("identity")).toEqual([])
  })

  it("answers 304 to a matching If-None-Match, with no body", async () => {
    const first = await request("/products/lemon-tart/", { headers: { "accept-encoding": "br" } })
    const again = await request("/products/lemon-tart/", { headers: { "accept-encoding": "br", "if-none-match": first.headers.etag! } })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
    expect(again.headers.etag).toBe(first.headers.etag)
    expect(again.headers["cache-control"]).toBe(PAGE_CACHE_CONTROL)
    const stale = await request("/products/lemon-tart/", { headers: { "if-none-match": 'W/"something-else"' } })
    expect(stale.status).toBe(200)
  })

  it("answers HEAD with the headers of GET and no body", async () => {
    const head = await request("/products/lemon-tart/", { method: "HEAD", headers: { "accept-encoding": "gzip" } })
    const get = await request("/products/lemon-tart/", { headers: { "accept-encoding": "gzip" } })
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect(head.headers["content-length"]).toBe(get.headers["content-length"])
    expect(head.headers["content-encoding"]).toBe("gzip")
  })

  it("gives each kind of file its content type and cache policy", async () => {
    const home = await request("/")
    expect(home.headers["content-type"]).toBe("text/html; charset=utf-8")
    expect(home.headers["cache-control"]).toBe(PAGE_CACHE_CONTROL)

    const css = await request("/_astro/BaseLayout.DakPTV5z.css", { headers: { "accept-encoding": "br" } })
    expect(css.headers["content-type"]).toBe("text/css; charset=utf-8")
    expect(css.headers["cache-control"]).toBe(ASSET_CACHE_CONTROL)
    expect(brotliDecompressSync(css.body).toString()).toBe(CSS)

    const icon = await request("/favicon.svg", { headers: { "accept-encoding": "br" } })
    expect(icon.headers["content-type"]).toBe("image/svg+xml")
    expect(icon.headers["cache-control"]).toBe("public, max-age=0")
    // Too small to be worth compressing.
    expect(icon.headers["content-encoding"]).toBeUndefined()

    const png = await request("/images/crumb.png", { headers: { "accept-encoding": "br" } })
    expect(png.headers["content-type"]).toBe("image/png")
    expect(png.headers["content-encoding"]).toBeUndefined()
    expect(png.headers.vary).toBeUndefined()
  })

  it("serves a page with or without its trailing slash, ignoring the query string, like the adapter", async () => {
    for (const url of ["/products/lemon-tart", "/products/lemon-tart/", "/products/lemon-tart/?utm_source=flyer", "/products/lemon-tart?x=1#top", "/products/lemon-tart/index.html", "/products//lemon-tart/"]) {
      const answer = await request(url)
      expect(answer.status, url).toBe(200)
      expect(answer.body.toString(), url).toBe(LEMON_TART)
    }
  })

  it("never serves anything outside the folder, nor dotfiles", async () => {
    fellThrough.length = 0
    for (const url of ["/../secret.txt", "/products/../../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/.env", "/products/%2e%2e/%2e%2e/%2e%2e/etc/passwd"]) {
      const answer = await request(url)
      expect(answer.body.toString(), url).toBe("astro")
    }
    expect(fellThrough).toHaveLength(6)
    expect(candidateKeys("/products/../../secret.txt")).toEqual(["/secret.txt", "/secret.txt/index.html"])
    expect(candidateKeys("/%E0%A4%A")).toBeNull()
  })

  it("hands other methods, server-rendered routes and missing files to the next handler", async () => {
    fellThrough.length = 0
    expect((await request("/products/lemon-tart/", { method: "POST" })).body.toString()).toBe("astro")
    expect((await request("/cart")).body.toString()).toBe("astro")
    expect((await request("/products/eclair")).body.toString()).toBe("astro")
    expect((await request("/_astro/missing.js")).body.toString()).toBe("astro")
    expect(fellThrough).toEqual(["POST /products/lemon-tart/", "GET /cart", "GET /products/eclair", "GET /_astro/missing.js"])
  })

  it("serves a rewritten page fresh once the re-check is due", async () => {
    expect((await request("/products/rye-loaf/")).body.toString()).toBe(page("Rye loaf"))
    await writeAtomically("products/rye-loaf/index.html", page("Rye loaf, now $7"))
    await afterRecheck()
    const fresh = await request("/products/rye-loaf/", { headers: { "accept-encoding": "br" } })
    expect(brotliDecompressSync(fresh.body).toString()).toBe(page("Rye loaf, now $7"))
    expect((await request("/products/rye-loaf")).body.toString()).toBe(page("Rye loaf, now $7"))
  })

  it("hands a removed page to the next handler (a 404 from Astro)", async () => {
    expect((await request("/products/apple-pie")).status).toBe(200)
    await rm(path.join(root, "products/apple-pie"), { recursive: true })
    await afterRecheck()
    fellThrough.length = 0
    expect((await request("/products/apple-pie")).body.toString()).toBe("astro")
    expect((await request("/products/apple-pie/")).body.toString()).toBe("astro")
    expect(fellThrough).toEqual(["GET /products/apple-pie", "GET /products/apple-pie/"])
  })

  it("serves a page written after start-up (a new product)", async () => {
    expect((await request("/products/cinnamon-bun/")).body.toString()).toBe("astro")
    await writeAtomically("products/cinnamon-bun/index.html", page("Cinnamon bun"))
    await afterRecheck()
    const fresh = await request("/products/cinnamon-bun", { headers: { "accept-encoding": "gzip" } })
    expect(fresh.status).toBe(200)
    expect(fresh.headers["cache-control"]).toBe(PAGE_CACHE_CONTROL)
    expect(gunzipSync(fresh.body).toString()).toBe(page("Cinnamon bun"))
  })

  it("does not look at the disk again before the re-check is due", async () => {
    const files = await loadStaticFiles(root, { recheckMs: 60_000 })
    const served: string[] = []
    const res = { writeHead: () => res, end: (body?: Buffer) => served.push(body?.toString() ?? "") }
    const req = { method: "GET", url: "/products/lemon-tart/", headers: {} }
    await writeAtomically("products/lemon-tart/index.html", page("Lemon tart, sold out"))
    expect(await files.serve(req as never, res as never)).toBe(true)
    expect(served).toEqual([LEMON_TART])
    await writeAtomically("products/lemon-tart/index.html", LEMON_TART)
  })

  it("ignores the refresher's temporary files", async () => {
    await writeFile(path.join(root, "products/lemon-tart/index.html.42.1700000000000.tmp"), "half a page")
    expect((await request("/products/lemon-tart/index.html.42.1700000000000.tmp")).body.toString()).toBe("astro")
  })
})
