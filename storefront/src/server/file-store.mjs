// @ts-check
import { hash } from "node:crypto"
import { open, readdir, stat } from "node:fs/promises"
import path from "node:path"
import { promisify } from "node:util"
import zlib from "node:zlib"
import { ASSET_CACHE_CONTROL, PAGE_CACHE_CONTROL } from "../lib/cache-control.mjs"
import { contentTypeOf, isCompressible } from "./mime.mjs"
import { isServable } from "./url-keys.mjs"

const gzip = promisify(zlib.gzip)
const brotli = promisify(zlib.brotliCompress)

/** Near the best compression for a fraction of quality 11's time on the whole catalog (figures in bench/README.md). */
const BROTLI_QUALITY = 5
/** How often a file that is served is compared with the disk, and how long a missing path is remembered as missing. */
const RECHECK_MS = 1000
/** Other public files (favicon, images) have no hash in their name: revalidate with the ETag, as the adapter did. */
const FILE_CACHE_CONTROL = "public, max-age=0"
/** Bounds the memory a crawler asking for random URLs can make us spend remembering misses. */
const MAX_REMEMBERED_MISSES = 10_000

/** @typedef {import("./accept-encoding.mjs").Encoding} Encoding */
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
 * @typedef {object} FileStore
 * @property {(keys: string[]) => Promise<StaticFile | null>} lookup the first of `keys` that is a file in the
 *   folder now: from memory while its re-check is not due, else as the disk has it; null when none is.
 * @property {() => { files: number, bytes: number }} size files held and the bytes they take (all encodings)
 */

/**
 * Loads every servable file under `root` into memory, compressed once, and keeps it as the disk has it.
 *
 * The catalog refresher rewrites, removes and adds pages in `root` while the server runs. Instead of watching
 * the folder (inotify misses events on some mounts, and a lost event would leave a page stale for good), the
 * disk stays the source of truth: a held file is re-`stat`ed at most once per `recheckMs`, by the lookup that
 * finds it due, which waits for that one `stat` (so a page removed an hour ago is never served to the first
 * visitor after); a path not in memory is looked for on disk at most once per `recheckMs`.
 * @param {string} root
 * @param {{ recheckMs?: number, brotliQuality?: number }} [options]
 * @returns {Promise<FileStore>}
 */
export async function openFileStore(root, { recheckMs = RECHECK_MS, brotliQuality = BROTLI_QUALITY } = {}) {
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
   * The file as it is on disk now, if the re-check is due.
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
    async lookup(candidates) {
      for (const key of candidates) {
        const entry = await find(key)
        if (entry) return entry
      }
      for (const key of candidates) {
        const entry = await discover(key)
        if (entry) return entry
      }
      return null
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
  if (isCompressible(extension) && body.length > 256) {
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
    "Content-Type": contentTypeOf(extension),
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

/** @param {unknown} error */
function isGone(error) {
  const code = /** @type {NodeJS.ErrnoException} */ (error).code
  return code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR"
}
