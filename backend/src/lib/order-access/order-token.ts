import { createHmac, timingSafeEqual } from "node:crypto"

/*
 * Who may see an order's details (README "Security"): its signed-in owner, or whoever holds a token for
 * it: "<expiry seconds>.<HMAC-SHA256 of the order id and expiry>". The backend signs the link in the
 * confirmation email with ORDER_LINK_SECRET; the storefront, which shares that secret, checks such links
 * and signs short ones for its own calls to GET /store/orders/:id. The storefront imports this file.
 */

/** The header the storefront sends its token in. */
export const ORDER_TOKEN_HEADER = "x-order-token"

/** How long the link in a confirmation email shows the order. */
export const ORDER_LINK_DAYS = 30

function signature(orderId: string, expires: number, secret: string): Buffer {
  return createHmac("sha256", secret).update(`order:${orderId}:${expires}`).digest()
}

export function signOrderToken(orderId: string, expiresAt: Date, secret: string): string {
  const expires = Math.floor(expiresAt.getTime() / 1000)
  return `${expires}.${signature(orderId, expires, secret).toString("base64url")}`
}

/** True only for an untampered token of this order, signed with `secret`, that has not expired. */
export function verifyOrderToken(
  orderId: string,
  token: string | null | undefined,
  secret: string | null | undefined,
  now: Date = new Date()
): boolean {
  if (!token || !secret) {
    return false
  }
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) {
    return false
  }
  const expires = Number(match[1])
  if (expires * 1000 <= now.getTime()) {
    return false
  }
  return timingSafeEqual(Buffer.from(match[2], "base64url"), signature(orderId, expires, secret))
}
