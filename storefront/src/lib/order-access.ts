// The backend's order tokens (one format, one file: the storefront imports it rather than keep a copy).
import { createHmac } from "node:crypto"
import { signOrderToken, verifyOrderToken } from "../../../backend/src/lib/order-access/order-token"

export { ORDER_TOKEN_HEADER } from "../../../backend/src/lib/order-access/order-token"

/*
 * Who may see an order on this storefront (README "Security"): its signed-in owner (the backend checks),
 * the browser that placed it (a cookie listing its orders, each signed with the cookie key), or whoever
 * follows the confirmation email's signed, expiring link. Everyone else is asked to sign in.
 */

const DAY_MS = 24 * 60 * 60 * 1000
/** As long as the cookie itself lives. */
export const PLACED_HERE_DAYS = 30
/** The storefront's own token for one call to the backend: long enough for a slow request only. */
const BACKEND_CALL_MS = 5 * 60 * 1000
/** A browser remembers its last few orders. */
const REMEMBERED_ORDERS = 5

/** ORDER_COOKIE_SECRET, or when unset a key derived from the shared link secret; null when neither is set. */
export function orderCookieKey(cookieSecret: string | undefined, linkSecret: string | undefined): string | null {
  if (cookieSecret) return cookieSecret
  return linkSecret ? createHmac("sha256", linkSecret).update("order-cookie").digest("hex") : null
}

/** The cookie's value with `orderId` added first: "<id>~<token>,…", each token signed with `key`. */
export function addPlacedOrder(cookieValue: string | undefined, orderId: string, key: string, now = new Date()): string {
  const token = signOrderToken(orderId, new Date(now.getTime() + PLACED_HERE_DAYS * DAY_MS), key)
  const others = (cookieValue ?? "").split(",").filter((entry) => entry && !entry.startsWith(`${orderId}~`))
  return [`${orderId}~${token}`, ...others].slice(0, REMEMBERED_ORDERS).join(",")
}

/** True when the cookie holds an untampered, unexpired entry for `orderId`. */
export function wasPlacedHere(cookieValue: string | undefined, orderId: string, key: string | null, now = new Date()): boolean {
  if (!key || !cookieValue) return false
  return cookieValue.split(",").some((entry) => {
    const [id, token] = entry.split("~")
    return id === orderId && verifyOrderToken(orderId, token, key, now)
  })
}

/** A token the backend accepts for this order for a few minutes (the storefront shares its link secret). */
export function backendOrderToken(orderId: string, linkSecret: string, now = new Date()): string {
  return signOrderToken(orderId, new Date(now.getTime() + BACKEND_CALL_MS), linkSecret)
}

export { verifyOrderToken as isValidOrderLink }
