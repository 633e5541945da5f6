import { describe, expect, it } from "vitest"
import { tooManyMessage, waitPhrase } from "@sweet-crumbs/bakery-rules/rate-limits"
import { createLimiter, DEFAULT_LIMITS, limitsWith } from "../rate-limit"
import { customerHeaders } from "../medusa/client"
import { withVisitorIp } from "../client-ip"

const SIGN_IN_SENTENCE = /^Too many sign-in attempts\. Please wait (a minute|\d+ seconds) and try again\.$/

describe("storefront rate limits", () => {
  it("refuses the 6th failed sign-in for one account with a sentence, and counts the email however typed", async () => {
    const limiter = createLimiter()
    for (let i = 0; i < 5; i++) {
      const attempt = await limiter.signIn(`203.0.113.${i}`, "Jane@Example.com ")
      if ("refused" in attempt) throw new Error(`refused attempt ${i + 1}`)
      await attempt.settle("failed")
    }
    const sixth = await limiter.signIn("203.0.113.99", "jane@example.com")
    expect(sixth).toEqual({ refused: expect.stringMatching(SIGN_IN_SENTENCE) })
  })

  it("clears an account when it signs in, and gives back attempts the backend never judged", async () => {
    const limiter = createLimiter()
    const fail = async (email: string) => {
      const attempt = await limiter.signIn("203.0.113.10", email)
      if ("refused" in attempt) return attempt.refused
      await attempt.settle("failed")
      return null
    }
    for (let i = 0; i < 4; i++) await fail("ana@example.com")
    const success = await limiter.signIn("203.0.113.10", "ana@example.com")
    if ("refused" in success) throw new Error("refused")
    await success.settle("succeeded")
    for (let i = 0; i < 5; i++) expect(await fail("ana@example.com")).toBeNull()
    expect(await fail("ana@example.com")).toMatch(SIGN_IN_SENTENCE)

    // A backend that was down ("other") uses up nothing.
    for (let i = 0; i < 10; i++) {
      const attempt = await limiter.signIn("203.0.113.11", "sam@example.com")
      if ("refused" in attempt) throw new Error(`refused attempt ${i + 1}`)
      await attempt.settle("other")
    }
  })

  it("refuses the 21st failure from one address across accounts, and not from another address", async () => {
    const limiter = createLimiter()
    for (let i = 0; i < 20; i++) {
      const attempt = await limiter.signIn("203.0.113.20", `spray-${i}@example.com`)
      if ("refused" in attempt) throw new Error(`refused attempt ${i + 1}`)
      await attempt.settle("failed")
    }
    expect(await limiter.signIn("203.0.113.20", "spray-20@example.com")).toHaveProperty("refused")
    expect(await limiter.signIn("203.0.113.21", "spray-20@example.com")).toHaveProperty("settle")
  })

  it("counts per address with the configured numbers, and a refusal takes nothing", async () => {
    const limiter = createLimiter(limitsWith({ orders_ip: 2, sign_up_ip: undefined }))
    expect(DEFAULT_LIMITS.sign_up_ip.points).toBe(10)
    const order = (ip: string) => limiter.take([{ limit: "orders_ip", key: ip }])
    expect(await order("203.0.113.30")).toBeNull()
    expect(await order("203.0.113.30")).toBeNull()
    expect(await order("203.0.113.30")).toMatch(/^Too many orders in a short time\. Please wait 60 minutes/)
    expect(await order("203.0.113.31")).toBeNull()

    // Both keys or neither: an email over its limit gives the address its point back.
    const reset = (ip: string, email: string) =>
      limiter.take([
        { limit: "password_reset_ip", key: ip },
        { limit: "password_reset_email", key: email },
      ])
    for (let i = 0; i < 3; i++) expect(await reset("203.0.113.40", "kim@example.com")).toBeNull()
    expect(await reset("203.0.113.40", "kim@example.com")).toMatch(/^Too many password reset requests/)
    for (let i = 0; i < 7; i++) expect(await reset("203.0.113.40", `other-${i}@example.com`)).toBeNull()
    expect(await reset("203.0.113.40", "last@example.com")).toMatch(/^Too many password reset requests/)
  })

  it("words the wait like a person", () => {
    expect(waitPhrase(1)).toBe("1 second")
    expect(waitPhrase(30)).toBe("30 seconds")
    expect(waitPhrase(59)).toBe("a minute")
    expect(tooManyMessage("cart_writes", 10)).toBe("That was a lot of basket changes at once. Please wait 10 seconds and try again.")
  })
})

describe("backend calls", () => {
  it("carry the visitor's address and the proxy secret while a visitor is served, and the token when signed in", async () => {
    expect(customerHeaders("tok")).toEqual({ authorization: "Bearer tok" })
    const headers = await withVisitorIp("203.0.113.50", async () => customerHeaders())
    expect(headers).toEqual({
      "x-sweet-crumbs-client-ip": "203.0.113.50",
      "x-sweet-crumbs-proxy-secret": "storefront-proxy-secret-test",
    })
  })
})
