// @ts-check
import { hash } from "node:crypto"
import { open, readdir, stat } from "node:fs/promises"
import path from "node:path"
import { promisify } from "node:util"
import zlib from "node:zlib"
import { ASSET_CACHE_CONTROL, PAGE_CACHE_CONTROL } from "../lib/cache-control.mjs"

/**
 * The built client folder (pre-rendered pages, hashed assets, public files) held in memory, each file
 * compressed once with gzip and brotli, so serving one is a Map lookup and `res.end(buffer)`.
 * About 220 files here (215 pages): 5.0 MB as built + 2.4 MB gzip and brotli ≈ 7.4 MB, loaded in ~0.4 s.
 * Fine for a catalog's pages and assets; product photos come from the backend, not from this folder.
 */

const gzip = promisify(zlib.gzip)
const brotli = promisify(zlib.brotliCompress)

/** Quality 5 is ~1% larger than 6–7 and ~10% larger than 11, but 11 takes ~5 s for the whole catalog on this machine. */
const BROTLI_QUALITY = 5
/** How often a file that is served is compared with the disk, and how long a missing path is remembered as missing. */
const RECHECK_MS = 1000
/** Other public files (favicon, images) have no hash in their name: revalidate with the ETag, as the adapter did. */
const FILE_CACHE_CONTROL = "public, max-age=0"
/** Bounds the memory a crawler asking for random URLs can make us spend remembering misses. */
const MAX_REMEMBERED_MISSES = 10_000

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
}
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".mjs", ".json", ".map", ".webmanifest", ".txt", ".xml", ".svg", ".ico"])

/** @typedef {"br" | "gzip" | "identity"} Encoding */
/** @typedef {Record<string, string | number>} HeaderMap */

/**
 * @typedef {object} StaticFile
 * @property {string} file absolute path on disk
 * @property {boolean} immutable never compared with the disk again
 * @property {string} hash of the file's bytes
 * @property {number} mtimeMs
 * @property {number} ino
 * @property {number} size
 * @property {number} checkedAt when the disk was last compared (ms)
 * @property {string} etag
 * @property {Record<Encoding, Buffer | undefined>} bodies
 * @property {Record<Encoding, HeaderMap>} headers
 * @property {HeaderMap} notModified headers of a 304
 */

/**
 * @typedef {object} StaticFiles
 * @property {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => Promise<boolean>} serve
 *   Answers GET/HEAD for a file in the folder and resolves true; resolves false, having written nothing, for
 *   anything else (other methods, server-rendered routes, missing or removed pages, paths outside the folder).
 * @property {() => { files: number, bytes: number }} size files held and the bytes they take (all encodings)
 */

/**
 * Loads every file under `root` (a built `dist/client`) into memory and returns a handler that serves them.
 *
 * The catalog refresher rewrites, removes and adds pages in `root` while the server runs. Instead of watching
 * the folder (inotify misses events on some mounts, and a lost event would leave a page stale for good), the
 * disk stays the source of truth: a served file is re-`stat`ed at most once a second, by the request that finds
 * it due, which waits for that one `stat` (so a page removed an hour ago is never served to the first visitor
 * after); a path not in memory is looked for on disk at most once a second. A page Maya changes is therefore
 * served at most ~1 s after the refresher writes it, for one `stat` per requested path per second.
 * @param {string} root
 * @param {{ recheckMs?: number, brotliQuality?: number }} [options]
 * @returns {Promise<StaticFiles>}
 */
export async function loadStaticFiles(root, { recheckMs = RECHECK_MS, brotliQuality = BROTLI_QUALITY } = {}) {
  const rootDir = path.resolve(root)
  /** @type {Map<string, StaticFile>} URL path of the file ("/products/lemon-tart/index.html") → file */
  const files = new Map()
  /** @type {Map<string, Promise<StaticFile | null>>} loads in progress, shared by concurrent requests */
  const loading = new Map()
  /** @type {Map<string, number>} URL path → when it was last found missing on disk */
  const missing = new Map()

  /**
   * Reads the file (one open file, so its stat and bytes match even while the refresher renames over it),
   * compresses it unless its bytes are unchanged, and puts it in memory. Null when it is gone or not a file.
   * @param {string} key
   * @returns {Promise<StaticFile | null>}
   */
  async function load(key) {
    const file = path.join(rootDir, key)
    let handle
    try {
      handle = await open(file)
    } catch (error) {
      if (isGone(error)) {
        forget(key)
        return null
      }
      throw error
    }
    try {
      const info = await handle.stat()
      if (!info.isFile()) {
        forget(key)
        return null
      }
      const body = await handle.readFile()
      const contentHash = hash("sha1", body, "base64url")
      const previous = files.get(key)
      // The refresher re-renders pages whose visible content may not have changed: no need to compress again.
      const entry = previous?.hash === contentHash ? { ...previous } : await prepare(key, file, body, contentHash, brotliQuality)
      entry.mtimeMs = info.mtimeMs
      entry.ino = info.ino
      entry.size = info.size
      entry.checkedAt = Date.now()
      files.set(key, entry)
      missing.delete(key)
      return entry
    } finally {
      await handle.close()
    }
  }

  /** @param {string} key */
  function forget(key) {
    files.delete(key)
    if (missing.size >= MAX_REMEMBERED_MISSES) missing.clear()
    missing.set(key, Date.now())
  }

  /**
   * @param {string} key
   * @returns {Promise<StaticFile | null>}
   */
  function loadOnce(key) {
    let pending = loading.get(key)
    if (!pending) {
      pending = load(key).finally(() => loading.delete(key))
      loading.set(key, pending)
    }
    return pending
  }

  /**
   * The file as it is on disk now, if a second has passed since the last look.
   * @param {string} key
   * @param {StaticFile} entry
   * @returns {Promise<StaticFile | null>}
   */
  async function revalidate(key, entry) {
    // Set before the stat, so requests arriving meanwhile are served from memory without a stat of their own.
    entry.checkedAt = Date.now()
    let info
    try {
      info = await stat(entry.file)
    } catch (error) {
      if (isGone(error)) {
        forget(key)
        return null
      }
      throw error
    }
    if (info.mtimeMs === entry.mtimeMs && info.ino === entry.ino && info.size === entry.size) return entry
    return loadOnce(key)
  }

  /**
   * A file that is not in memory: maybe a page the refresher wrote for a new product.
   * @param {string} key
   * @returns {Promise<StaticFile | null>}
   */
  async function discover(key) {
    const missedAt = missing.get(key)
    if (missedAt !== undefined && Date.now() - missedAt < recheckMs) return null
    if (!isServable(key)) return null
    return loadOnce(key)
  }

  /**
   * @param {string} key
   * @returns {Promise<StaticFile | null> | StaticFile | null}
   */
  function find(key) {
    const entry = files.get(key)
    if (!entry) return null
    if (entry.immutable || Date.now() - entry.checkedAt < recheckMs) return entry
    return revalidate(key, entry)
  }

  const keys = (await readdir(rootDir, { recursive: true, withFileTypes: true }))
    .filter((dirent) => dirent.isFile())
    .map((dirent) => "/" + path.relative(rootDir, path.join(dirent.parentPath, dirent.name)).split(path.sep).join("/"))
    .filter(isServable)
  // A few at a time: compression runs on libuv's threads, which this keeps busy without queueing 200 buffers.
  for (let i = 0; i < keys.length; i += 8) await Promise.all(keys.slice(i, i + 8).map(load))

  return {
    async serve(req, res) {
      if (req.method !== "GET" && req.method !== "HEAD") return false
      const candidates = candidateKeys(req.url ?? "")
      if (!candidates) return false
      let entry = null
      for (const key of candidates) {
        entry = await find(key)
        if (entry) break
      }
      if (!entry) {
        for (const key of candidates) {
          entry = await discover(key)
          if (entry) break
        }
      }
      if (!entry) return false
      const ifNoneMatch = req.headers["if-none-match"]
      if (ifNoneMatch && (ifNoneMatch === "*" || ifNoneMatch.includes(entry.etag.slice(2)))) {
        res.writeHead(304, entry.notModified)
        res.end()
        return true
      }
      const encoding = chooseEncoding(req.headers["accept-encoding"], entry)
      res.writeHead(200, entry.headers[encoding])
      res.end(req.method === "HEAD" ? undefined : entry.bodies[encoding])
      return true
    },
    size() {
      let bytes = 0
      for (const entry of files.values()) {
        for (const body of Object.values(entry.bodies)) bytes += body?.length ?? 0
      }
      return { files: files.size, bytes }
    },
  }
}

/**
 * The file's bytes in each encoding worth sending, and the headers of each response, computed once.
 * @param {string} key
 * @param {string} file
 * @param {Buffer} body
 * @param {string} contentHash
 * @param {number} brotliQuality
 * @returns {Promise<StaticFile>}
 */
async function prepare(key, file, body, contentHash, brotliQuality) {
  const extension = path.extname(key).toLowerCase()
  const immutable = key.startsWith("/_astro/")
  // Weak: the gzip, brotli and plain bytes differ, but they are the same page, so one validator serves all three.
  const etag = `W/"${contentHash}"`
  /** @type {Record<Encoding, Buffer | undefined>} */
  const bodies = { identity: body, gzip: undefined, br: undefined }
  if (COMPRESSIBLE.has(extension) && body.length > 256) {
    const [gzipped, brotlied] = await Promise.all([
      gzip(body, { level: 9 }),
      brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: brotliQuality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    ])
    if (gzipped.length < body.length) bodies.gzip = gzipped
    if (brotlied.length < body.length) bodies.br = brotlied
  }
  const compressed = Boolean(bodies.gzip || bodies.br)
  /** @type {HeaderMap} */
  const common = {
    "Content-Type": CONTENT_TYPES[extension] ?? "application/octet-stream",
    "Cache-Control": immutable ? ASSET_CACHE_CONTROL : extension === ".html" ? PAGE_CACHE_CONTROL : FILE_CACHE_CONTROL,
    ETag: etag,
    ...(compressed ? { Vary: "Accept-Encoding" } : {}),
  }
  /** @param {Encoding} encoding */
  const headersFor = (encoding) => {
    const sent = bodies[encoding] ?? body
    return { ...common, ...(sent !== body ? { "Content-Encoding": encoding } : {}), "Content-Length": sent.length }
  }
  return {
    file,
    immutable,
    hash: contentHash,
    mtimeMs: 0,
    ino: 0,
    size: body.length,
    checkedAt: 0,
    etag,
    bodies,
    headers: { identity: headersFor("identity"), gzip: headersFor("gzip"), br: headersFor("br") },
    notModified: { "Cache-Control": common["Cache-Control"], ETag: etag, ...(compressed ? { Vary: "Accept-Encoding" } : {}) },
  }
}

/**
 * The keys a request URL may name, as the adapter resolved them (`trailingSlash: "ignore"`, query ignored):
 * "/products/x/" → its index.html; "/products/x" → the file "x", else "x/index.html". Null when the URL is not
 * a plain path or cannot be decoded. Normalising an absolute path drops every "..", so no key leaves the folder.
 * @param {string} url
 * @returns {string[] | null}
 */
export function candidateKeys(url) {
  const end = url.search(/[?#]/)
  let pathname = end === -1 ? url : url.slice(0, end)
  if (!pathname.startsWith("/")) return null
  if (pathname.includes("%")) {
    try {
      pathname = decodeURIComponent(pathname)
    } catch {
      return null
    }
  }
  if (pathname.includes("\0")) return null
  if (pathname.includes("/.") || pathname.includes("//")) pathname = path.posix.normalize(pathname)
  if (pathname.endsWith("/")) return [`${pathname}index.html`]
  return [pathname, `${pathname}/index.html`]
}

/**
 * Not dotfiles (except /.well-known/), nor the refresher's temporary files.
 * @param {string} key
 */
function isServable(key) {
  if (key.endsWith(".tmp")) return false
  return !key.split("/").some((segment, index) => segment.startsWith(".") && !(index === 1 && segment === ".well-known"))
}

/** @param {unknown} error */
function isGone(error) {
  const code = /** @type {NodeJS.ErrnoException} */ (error).code
  return code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR"
}

/** @type {Map<string, Encoding[]>} Accept-Encoding header → codings it accepts, best first (browsers send a handful). */
const acceptedCache = new Map()

/**
 * Brotli or gzip, whichever the client prefers (brotli on a tie), if the file has it; otherwise the plain bytes.
 * @param {string | undefined} header
 * @param {StaticFile} entry
 * @returns {Encoding}
 */
function chooseEncoding(header, entry) {
  if (!header) return "identity"
  let accepted = acceptedCache.get(header)
  if (!accepted) {
    accepted = parseAcceptEncoding(header)
    if (acceptedCache.size >= 100) acceptedCache.clear()
    acceptedCache.set(header, accepted)
  }
  for (const encoding of accepted) {
    if (entry.bodies[encoding]) return encoding
  }
  return "identity"
}

/**
 * "gzip, deflate, br;q=0.9" → ["gzip", "br"]: the codings we have, with q > 0, by preference.
 * @param {string} header
 * @returns {Encoding[]}
 */
export function parseAcceptEncoding(header) {
  /** @type {Record<string, number>} */
  const q = {}
  for (const part of header.toLowerCase().split(",")) {
    const [coding = "", ...params] = part.trim().split(";")
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
    q[coding.trim() === "x-gzip" ? "gzip" : coding.trim()] = weight ? Number(weight.slice(2)) || 0 : 1
  }
  const weightOf = (/** @type {string} */ coding) => q[coding] ?? q["*"] ?? 0
  /** @type {Encoding[]} */
  const codings = ["br", "gzip"]
  return codings.filter((coding) => weightOf(coding) > 0).sort((a, b) => weightOf(b) - weightOf(a))
}
