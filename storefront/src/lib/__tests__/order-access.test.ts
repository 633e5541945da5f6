import { describe, expect, it } from "vitest"
import { addPlacedOrder, orderCookieKey, wasPlacedHere } from "../order-access"

const KEY = "a-cookie-secret-for-tests"
const now = new Date("2026-07-04T12:00:00Z")

describe("the cookie of orders this browser placed", () => {
  it("recognises the orders added to it, newest first, at most five", () => {
    let cookie: string | undefined
    for (let i = 1; i <= 6; i++) cookie = addPlacedOrder(cookie, `order_0${i}`, KEY, now)
    expect(wasPlacedHere(cookie, "order_06", KEY, now)).toBe(true)
    expect(wasPlacedHere(cookie, "order_02", KEY, now)).toBe(true)
    expect(wasPlacedHere(cookie, "order_01", KEY, now)).toBe(false)
    expect(cookie!.split(",")[0]).toMatch(/^order_06~/)
  })

  it("is not fooled by an unsigned list (the old cookie), a copied signature or another key", () => {
    const cookie = addPlacedOrder(undefined, "order_MINE", KEY, now)
    const signature = cookie.split("~")[1]
    expect(wasPlacedHere("order_THEIRS", "order_THEIRS", KEY, now)).toBe(false)
    expect(wasPlacedHere(`order_THEIRS~${signature}`, "order_THEIRS", KEY, now)).toBe(false)
    expect(wasPlacedHere(cookie, "order_MINE", "another-key-altogether", now)).toBe(false)
    expect(wasPlacedHere(cookie, "order_MINE", null, now)).toBe(false)
  })

  it("expires with the cookie, after 30 days", () => {
    const cookie = addPlacedOrder(undefined, "order_MINE", KEY, now)
    expect(wasPlacedHere(cookie, "order_MINE", KEY, new Date("2026-08-02T12:00:00Z"))).toBe(true)
    expect(wasPlacedHere(cookie, "order_MINE", KEY, new Date("2026-08-04T12:00:00Z"))).toBe(false)
  })

  it("is signed with ORDER_COOKIE_SECRET, else a key derived from the link secret, else not at all", () => {
    expect(orderCookieKey("cookie-secret", "link-secret")).toBe("cookie-secret")
    expect(orderCookieKey(undefined, "link-secret")).toMatch(/^[0-9a-f]{64}$/)
    expect(orderCookieKey(undefined, "link-secret")).not.toBe(orderCookieKey(undefined, "other-link-secret"))
    expect(orderCookieKey(undefined, undefined)).toBeNull()
  })
})
