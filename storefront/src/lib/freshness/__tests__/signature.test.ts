import { describe, expect, it } from "vitest"
import { signRevalidation, verifyRevalidation } from "../signature"

const secret = "s3cret"
const now = 1_800_000_000_000
const timestamp = now / 1000
const body = JSON.stringify({ products: ["choc-chip"] })

describe("revalidation signatures", () => {
  it("accepts a fresh, correctly signed request (with or without the sha256= prefix)", () => {
    const signature = signRevalidation(secret, timestamp, body)
    expect(verifyRevalidation(secret, String(timestamp), signature, body, now)).toBe(true)
    expect(verifyRevalidation(secret, String(timestamp), `sha256=${signature}`, body, now)).toBe(true)
  })

  it("refuses a wrong secret, a changed body or a missing header", () => {
    const signature = signRevalidation(secret, timestamp, body)
    expect(verifyRevalidation("other", String(timestamp), signature, body, now)).toBe(false)
    expect(verifyRevalidation(secret, String(timestamp), signature, `${body} `, now)).toBe(false)
    expect(verifyRevalidation(secret, null, signature, body, now)).toBe(false)
    expect(verifyRevalidation(secret, String(timestamp), null, body, now)).toBe(false)
    expect(verifyRevalidation(secret, String(timestamp), "zz", body, now)).toBe(false)
  })

  it("refuses replays older than five minutes", () => {
    const old = timestamp - 301
    expect(verifyRevalidation(secret, String(old), signRevalidation(secret, old, body), body, now)).toBe(false)
  })
})
