import { describe, expect, it } from "vitest"
import { addDays, clockLabel, dateInZone, groupSlotsByDay, openingHoursRows, openingHoursSpecification } from "../bakery-time"

describe("bakery time", () => {
  it("labels clock times the American way", () => {
    expect(clockLabel("07:00")).toBe("7 am")
    expect(clockLabel("16:30")).toBe("4:30 pm")
    expect(clockLabel("12:00")).toBe("12 pm")
    expect(clockLabel("00:15")).toBe("12:15 am")
  })

  it("lists every weekday, closed days included", () => {
    const rows = openingHoursRows({ mon: [{ open: "07:00", close: "18:00" }], sun: [] })
    expect(rows).toHaveLength(7)
    expect(rows[0]).toEqual({ day: "Monday", hours: "7 am – 6 pm" })
    expect(rows[6]).toEqual({ day: "Sunday", hours: "Closed" })
    expect(openingHoursSpecification({ sat: [{ open: "08:00", close: "16:00" }] })).toEqual([
      { "@type": "OpeningHoursSpecification", dayOfWeek: "https://schema.org/Saturday", opens: "08:00", closes: "16:00" },
    ])
  })

  it("puts slots on the shop's calendar day, not the server's", () => {
    // 02:30 UTC on the 6th is still the evening of the 5th in New York.
    expect(dateInZone("2026-12-06T02:30:00Z", "America/New_York")).toBe("2026-12-05")
    const days = groupSlotsByDay(
      [
        { start: "2026-12-05T15:00:00Z", end: "2026-12-05T15:30:00Z", type: "pickup", remaining: 2 },
        { start: "2026-12-05T14:00:00Z", end: "2026-12-05T14:30:00Z", type: "pickup", remaining: 0 },
        { start: "2026-12-07T14:00:00Z", end: "2026-12-07T14:30:00Z", type: "pickup", remaining: 4 },
      ],
      "America/New_York",
    )
    expect([...days.keys()]).toEqual(["2026-12-05", "2026-12-07"])
    expect(days.get("2026-12-05")!.map((s) => s.remaining)).toEqual([0, 2])
  })

  it("adds days across month ends", () => {
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02")
  })
})
