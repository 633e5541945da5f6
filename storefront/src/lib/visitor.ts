import type { AstroCookies, AstroCookieSetOptions } from "astro"
import { ORDER_COOKIE_SECRET, ORDER_LINK_SECRET, SITE_URL } from "astro:env/server"
import { addPlacedOrder, orderCookieKey, wasPlacedHere } from "./order-access"

/** Cookie names. Only the item count is readable by scripts: it feeds the badge on pre-rendered pages. */
export const CART_COOKIE = "sc_cart"
export const CART_COUNT_COOKIE = "sc_cart_count"
export const CUSTOMER_COOKIE = "sc_customer"
export const RECENT_ORDERS_COOKIE = "sc_orders"

const THIRTY_DAYS = 60 * 60 * 24 * 30

/**
 * Flags for the visitor's cookies. A browser keeps a `Secure` cookie only over
 * https, so `Secure` follows the storefront's public URL (SITE_URL, from
 * STOREFRONT_URL), not the build mode: `npm start` serves plain http. Only the
 * basket count is readable by scripts, for the badge on pre-rendered pages.
 */
export function visitorCookieOptions(
  siteUrl: string,
  { maxAge, readableByScripts = false }: { maxAge: number; readableByScripts?: boolean }
): AstroCookieSetOptions {
  return {
    path: "/",
    httpOnly: !readableByScripts,
    sameSite: "lax",
    secure: new URL(siteUrl).protocol === "https:",
    maxAge,
  }
}

const privateCookie = (maxAge: number) => visitorCookieOptions(SITE_URL, { maxAge })

// Anything else in these cookies was not set by us: treated as no cookie rather than sent on to the backend.
const CART_ID = /^cart_[0-9A-Za-z]{1,64}$/
const JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/

export function getCartId(cookies: AstroCookies): string | undefined {
  const value = cookies.get(CART_COOKIE)?.value
  return value && CART_ID.test(value) ? value : undefined
}

export function rememberCart(cookies: AstroCookies, cartId: string, count: number): void {
  cookies.set(CART_COOKIE, cartId, privateCookie(THIRTY_DAYS))
  setCartCount(cookies, count)
}

export function setCartCount(cookies: AstroCookies, count: number): void {
  cookies.set(CART_COUNT_COOKIE, String(count), visitorCookieOptions(SITE_URL, { maxAge: THIRTY_DAYS, readableByScripts: true }))
}

export function forgetCart(cookies: AstroCookies): void {
  cookies.delete(CART_COOKIE, { path: "/" })
  cookies.delete(CART_COUNT_COOKIE, { path: "/" })
}

export function getCustomerToken(cookies: AstroCookies): string | undefined {
  const value = cookies.get(CUSTOMER_COOKIE)?.value
  return value && JWT.test(value) ? value : undefined
}

export function rememberCustomer(cookies: AstroCookies, token: string): void {
  cookies.set(CUSTOMER_COOKIE, token, privateCookie(60 * 60 * 24 * 7))
}

export function forgetCustomer(cookies: AstroCookies): void {
  cookies.delete(CUSTOMER_COOKIE, { path: "/" })
}

const ORDER_COOKIE_KEY = orderCookieKey(ORDER_COOKIE_SECRET, ORDER_LINK_SECRET)

/** Whether this browser placed the order (a signed entry in its cookie), so a guest can reload the confirmation. */
export function placedHere(cookies: AstroCookies, orderId: string): boolean {
  return wasPlacedHere(cookies.get(RECENT_ORDERS_COOKIE)?.value, orderId, ORDER_COOKIE_KEY)
}

export function rememberOrder(cookies: AstroCookies, orderId: string): void {
  if (!ORDER_COOKIE_KEY) return
  const value = addPlacedOrder(cookies.get(RECENT_ORDERS_COOKIE)?.value, orderId, ORDER_COOKIE_KEY)
  cookies.set(RECENT_ORDERS_COOKIE, value, privateCookie(THIRTY_DAYS))
}
