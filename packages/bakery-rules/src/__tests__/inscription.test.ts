import { describe, expect, it } from "vitest"
import { checkInscription, inscriptionLength, inscriptionProblem, inscriptionToSend, normalizeInscription } from "../inscription"

const cake = { productTitle: "Chocolate Celebration Cake", maxLength: 20 }

describe("inscription rules", () => {
  it("accepts a normal message and allows leaving it out", () => {
    expect(inscriptionProblem("Happy 40th, Sam!", cake)).toBeNull()
    expect(inscriptionProblem(undefined, cake)).toBeNull()
    expect(inscriptionProblem("Joyeux anniversaire", cake)).toBeNull()
  })

  it("trims and collapses spaces before counting", () => {
    expect(normalizeInscription("  Happy   Birthday  ")).toBe("Happy Birthday")
    expect(inscriptionProblem("   " + "x".repeat(20) + "   ", cake)).toBeNull()
    expect(inscriptionLength("  Happy   Birthday  ")).toBe(14)
  })

  it("names the length rule", () => {
    expect(inscriptionProblem("x".repeat(21), cake)).toBe(
      "The inscription on Chocolate Celebration Cake can be at most 20 characters (yours has 21)."
    )
    expect(inscriptionProblem("   ", cake)).toMatch(/at least 1 character/)
  })

  it("counts characters, not UTF-16 units", () => {
    expect(inscriptionProblem("🎂".repeat(20), cake)).toBeNull()
  })

  it("refuses products that take no inscription", () => {
    expect(inscriptionProblem("Hi", { productTitle: "Country Sourdough", maxLength: null })).toBe(
      "Country Sourdough does not take an inscription."
    )
  })

  it("refuses control characters, line breaks and non-text", () => {
    expect(inscriptionProblem("Happy\nBirthday", cake)).toMatch(/printable characters/)
    expect(inscriptionProblem("Hi\u0000there", cake)).toMatch(/printable characters/)
    expect(inscriptionProblem("Hi\u200bthere", cake)).toMatch(/printable characters/)
    expect(inscriptionProblem(42, cake)).toBe("The inscription must be text.")
  })

  it("treats markup as plain text (escaping happens where it is shown)", () => {
    expect(inscriptionProblem("<b>Hi</b>", cake)).toBeNull()
  })

  it("refuses emoji glued into one picture by a joiner, in the form exactly as in the cart", () => {
    for (const glued of ["Well done 👩‍🍳", "👨‍👩‍👧 love"]) {
      const check = checkInscription(glued, 30)
      expect(check.ok, glued).toBe(false)
      expect(check.ok ? "" : check.message, glued).toMatch(/printable characters/)
      expect(inscriptionProblem(glued, cake), glued).toMatch(/printable characters/)
    }
    // Single emoji, a skin tone, a flag and a heart need no joiner and still pass.
    expect(checkInscription("Bravo 🎂 👍🏽 🇺🇸 ❤️", 30)).toEqual({ ok: true, value: "Bravo 🎂 👍🏽 🇺🇸 ❤️" })
  })
})

describe("checkInscription", () => {
  it("trims and accepts printable text up to the limit", () => {
    expect(checkInscription("  Happy Birthday, Sam!  ", 30)).toEqual({ ok: true, value: "Happy Birthday, Sam!" })
    expect(checkInscription("x".repeat(30), 30).ok).toBe(true)
  })

  it("refuses blank, too long and control characters", () => {
    expect(checkInscription("   ", 30).ok).toBe(false)
    const long = checkInscription("x".repeat(31), 30)
    expect(long.ok).toBe(false)
    if (!long.ok) expect(long.message).toContain("30")
    expect(checkInscription("Happy\nBirthday", 30).ok).toBe(false)
    expect(checkInscription("Hi\u0007", 30).ok).toBe(false)
  })

  it("counts characters, not UTF-16 units, so accents and emoji count once", () => {
    expect(checkInscription("Joyeux anniversaire Zoé 🎂", 25).ok).toBe(true)
  })

  it("sends nothing for an empty box", () => {
    expect(inscriptionToSend("   ")).toBeUndefined()
    expect(inscriptionToSend(" Love you ")).toBe("Love you")
  })
})
