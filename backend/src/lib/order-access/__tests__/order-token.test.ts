import { describe, expect, it } from "vitest"
import { signOrderToken, verifyOrderToken } from "../order-token"

const SECRET = "an-order-link-secret-for-tests"
const now = new Date("2026-07-04T12:00:00Z")
const tomorrow = new Date("2026-07-05T12:00:00Z")

describe("order tokens", () => {
  it("open the order they were signed for until they expire", () => {
    const token = signOrderToken("order_01LEMON", tomorrow, SECRET)
    expect(verifyOrderToken("order_01LEMON", token, SECRET, now)).toBe(true)
    expect(verifyOrderToken("order_01LEMON", token, SECRET, tomorrow)).toBe(false)
  })

  it("open no other order, and nothing with another secret", () => {
    const token = signOrderToken("order_01LEMON", tomorrow, SECRET)
    expect(verifyOrderToken("order_01SCONE", token, SECRET, now)).toBe(false)
    expect(verifyOrderToken("order_01LEMON", token, "another-secret-altogether", now)).toBe(false)
    expect(verifyOrderToken("order_01LEMON", token, undefined, now)).toBe(false)
  })

  it("refuse a tampered expiry or signature, and junk", () => {
    const token = signOrderToken("order_01LEMON", tomorrow, SECRET)
    const [expires, signature] = token.split(".")
    expect(verifyOrderToken("order_01LEMON", `${Number(expires) + 3600}.${signature}`, SECRET, now)).toBe(false)
    const flipped = signature!.startsWith("A") ? `B${signature!.slice(1)}` : `A${signature!.slice(1)}`
    expect(verifyOrderToken("order_01LEMON", `${expires}.${flipped}`, SECRET, now)).toBe(false)
    for (const junk of ["", "abc", `${expires}.`, `${expires}.${signature}x`, null]) {
      expect(verifyOrderToken("order_01LEMON", junk, SECRET, now)).toBe(false)
    }
  })
})
