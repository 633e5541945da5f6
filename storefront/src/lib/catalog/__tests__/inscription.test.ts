import { describe, expect, it } from "vitest"
import { checkInscription, inscriptionToSend } from "../inscription"

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
