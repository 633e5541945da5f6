// @ts-check
import { chooseEncoding } from "./accept-encoding.mjs"
import { openFileStore } from "./file-store.mjs"
import { candidateKeys } from "./url-keys.mjs"

/**
 * The built client folder (pre-rendered pages, hashed assets, public files) held in memory, each file
 * compressed once with gzip and brotli, so serving one is a Map lookup and `res.end(buffer)`.
 * Fine for a catalog's pages and assets; product photos come from the backend, not from this folder.
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
 * The disk stays the source of truth (see `openFileStore`): a page Maya changes is served at most one
 * re-check (a second by default) after the refresher writes it.
 * @param {string} root
 * @param {{ recheckMs?: number, brotliQuality?: number }} [options]
 * @returns {Promise<StaticFiles>}
 */
export async function loadStaticFiles(root, options) {
  const store = await openFileStore(root, options)
  return {
    async serve(req, res) {
      if (req.method !== "GET" && req.method !== "HEAD") return false
      const candidates = candidateKeys(req.url ?? "")
      if (!candidates) return false
      const entry = await store.lookup(candidates)
      if (!entry) return false
      const ifNoneMatch = req.headers["if-none-match"]
      if (ifNoneMatch && (ifNoneMatch === "*" || ifNoneMatch.includes(entry.etag.slice(2)))) {
        res.writeHead(304, entry.notModified)
        res.end()
        return true
      }
      const encoding = chooseEncoding(req.headers["accept-encoding"], entry.bodies)
      res.writeHead(200, entry.headers[encoding])
      res.end(req.method === "HEAD" ? undefined : entry.bodies[encoding])
      return true
    },
    size: store.size,
  }
}
