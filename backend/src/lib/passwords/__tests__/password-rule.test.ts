import { describe, expect, it } from "vitest"
import { isAcceptablePassword, MIN_PASSWORD_LENGTH } from "../password-rule"

describe("customer password rule", () => {
  it("accepts long, uncommon passwords, like the ones the tests sign up with", () => {
    for (const password of ["crumbs-and-butter-42", "old-secret-1", "new-secret-2", "sourdough starter"]) {
      expect(isAcceptablePassword(password)).toBe(true)
    }
  })

  it("refuses anything shorter than 10 characters", () => {
    expect(MIN_PASSWORD_LENGTH).toBe(10)
    expect(isAcceptablePassword("croissant")).toBe(false)
    expect(isAcceptablePassword("")).toBe(false)
  })

  it("refuses common passwords of any length, whatever their case", () => {
    for (const password of ["qwertyuiop", "1234567890", "password123", "Basketball", "PASSWORD123"]) {
      expect(isAcceptablePassword(password)).toBe(false)
    }
  })

  it("refuses what is not a string", () => {
    expect(isAcceptablePassword(undefined)).toBe(false)
    expect(isAcceptablePassword(1234567890123)).toBe(false)
  })
})
