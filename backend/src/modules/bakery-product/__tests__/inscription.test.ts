import { inscriptionProblem, normalizeInscription } from "../inscription"

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
})
