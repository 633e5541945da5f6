// @ts-check
import path from "node:path"

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
export function isServable(key) {
  if (key.endsWith(".tmp")) return false
  return !key.split("/").some((segment, index) => segment.startsWith(".") && !(index === 1 && segment === ".well-known"))
}
