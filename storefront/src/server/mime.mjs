// @ts-check

/** @type {Record<string, string>} by extension, lower case with its dot */
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

/** Text formats; images and fonts are compressed in their own format already. */
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".mjs", ".json", ".map", ".webmanifest", ".txt", ".xml", ".svg", ".ico"])

/**
 * The Content-Type of a built file, from its extension (".html"); unknown kinds are plain bytes.
 * @param {string} extension
 */
export function contentTypeOf(extension) {
  return CONTENT_TYPES[extension] ?? "application/octet-stream"
}

/**
 * Whether gzip or brotli can make a file of this kind smaller.
 * @param {string} extension
 */
export function isCompressible(extension) {
  return COMPRESSIBLE.has(extension)
}
