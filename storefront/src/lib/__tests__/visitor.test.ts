import type { AstroCookies, AstroCookieSetOptions } from "astro"
import { describe, expect, it } from "vitest"
import { CART_COOKIE, CART_COUNT_COOKIE, CUSTOMER_COOKIE, rememberCart, rememberCustomer, visitorCookieOptions } from "../visitor"

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
