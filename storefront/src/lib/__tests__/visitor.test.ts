import type { AstroCookies, AstroCookieSetOptions } from "astro"
import { describe, expect, it } from "vitest"
import { CART_COOKIE, CART_COUNT_COOKIE, CUSTOMER_COOKIE, getCartId, getCustomerToken, rememberCart, rememberCustomer, visitorCookieOptions } from "../visitor"

/** Records what the visitor helpers set, as Astro's cookie jar would send it. */
function recordingCookies() {
  const set = new Map<string, AstroCookieSetOptions | undefined>()
  const cookies = { set: (name: string, _value: string, options?: AstroCookieSetOptions) => set.set(name, options) }
  return { cookies: cookies as unknown as AstroCookies, set }
}

describe("visitor cookie flags", () => {
  it("are not Secure on a plain-http storefront URL (npm start), so the browser keeps them", () => {
    expect(visitorCookieOptions("http://localhost:4321", { maxAge: 60 })).toEqual({ path: "/", httpOnly: true, sameSite: "lax", secure: false, maxAge: 60 })
  })

  it("are Secure on an https storefront URL", () => {
    expect(visitorCookieOptions("https://sweetcrumbs.example", { maxAge: 60 })).toMatchObject({ secure: true, httpOnly: true, sameSite: "lax" })
  })

  it("leave only the basket count readable by scripts", () => {
    expect(visitorCookieOptions("http://localhost:4321", { maxAge: 60, readableByScripts: true })).toMatchObject({ httpOnly: false, sameSite: "lax" })
  })

  it("are applied to the cart, basket-count and customer cookies (https SITE_URL in tests)", () => {
    const { cookies, set } = recordingCookies()
    rememberCart(cookies, "cart_1", 2)
    rememberCustomer(cookies, "token")
    expect(set.get(CART_COOKIE)).toMatchObject({ secure: true, httpOnly: true, sameSite: "lax" })
    expect(set.get(CUSTOMER_COOKIE)).toMatchObject({ secure: true, httpOnly: true, sameSite: "lax" })
    expect(set.get(CART_COUNT_COOKIE)).toMatchObject({ secure: true, httpOnly: false, sameSite: "lax" })
  })
})

describe("visitor cookies read back", () => {
  const jar = (values: Record<string, string>) => ({ get: (name: string) => (name in values ? { value: values[name] } : undefined) }) as unknown as AstroCookies

  it("accept the cart id and token the storefront set", () => {
    const cookies = jar({ [CART_COOKIE]: "cart_01M8RX4P2D5G9BMXNMPKHT3P5Y", [CUSTOMER_COOKIE]: "eyJhbGciOiJIUzI1NiJ9.eyJhY3Rvcl9pZCI6ImN1cyJ9.c2lnbmF0dXJl" })
    expect(getCartId(cookies)).toBe("cart_01M8RX4P2D5G9BMXNMPKHT3P5Y")
    expect(getCustomerToken(cookies)).toMatch(/^eyJ/)
  })

  it("ignore values the storefront never sets, instead of sending them to the backend", () => {
    const cookies = jar({ [CART_COOKIE]: "\u0000\u00ff", [CUSTOMER_COOKIE]: "junk\nheader: injected" })
    expect(getCartId(cookies)).toBeUndefined()
    expect(getCustomerToken(cookies)).toBeUndefined()
    expect(getCartId(jar({ [CART_COOKIE]: "../admin/users" }))).toBeUndefined()
  })
})
