import { describe, expect, it } from "vitest"
import { formatMoney, formatSlot, formatSlotShort, html, multiline } from "../format"

describe("formatMoney", () => {
  it("formats major units without dividing by 100", () => {
    expect(formatMoney(12.5, "usd")).toBe("$12.50")
    expect(formatMoney(42, "usd")).toBe("$42.00")
    expect(formatMoney(1234.5, "USD")).toBe("$1,234.50")
    expect(formatMoney(0, "usd")).toBe("$0.00")
  })

  it("uses the order's currency", () => {
    expect(formatMoney(10, "eur")).toBe("€10.00")
    expect(formatMoney(1500, "jpy")).toBe("¥1,500")
  })
})

describe("formatSlot", () => {
  const NEW_YORK = "America/New_York"

  it("shows a summer slot in Eastern Daylight Time", () => {
    expect(
      formatSlot({ start: "2026-07-04T13:00:00Z", end: "2026-07-04T13:30:00Z" }, NEW_YORK)
    ).toBe("Saturday, July 4, 2026, 9:00 AM – 9:30 AM EDT")
  })

  it("shows a winter slot in Eastern Standard Time", () => {
    expect(
      formatSlot({ start: "2026-12-12T14:00:00Z", end: "2026-12-12T14:30:00Z" }, NEW_YORK)
    ).toBe("Saturday, December 12, 2026, 9:00 AM – 9:30 AM EST")
  })

  it("keeps 9 AM local on both sides of the spring change", () => {
    // DST starts on Sunday, March 8, 2026: 9 AM is 14:00Z the day before and 13:00Z after.
    expect(
      formatSlot({ start: "2026-03-07T14:00:00Z", end: "2026-03-07T15:00:00Z" }, NEW_YORK)
    ).toBe("Saturday, March 7, 2026, 9:00 AM – 10:00 AM EST")
    expect(
      formatSlot({ start: "2026-03-08T13:00:00Z", end: "2026-03-08T14:00:00Z" }, NEW_YORK)
    ).toBe("Sunday, March 8, 2026, 9:00 AM – 10:00 AM EDT")
  })

  it("names each end's zone when a slot straddles the autumn change", () => {
    // Clocks go back at 2 AM EDT on November 1, 2026: 1:30 AM happens twice.
    expect(
      formatSlot({ start: "2026-11-01T05:30:00Z", end: "2026-11-01T06:30:00Z" }, NEW_YORK)
    ).toBe("Sunday, November 1, 2026, 1:30 AM EDT – 1:30 AM EST")
  })

  it("reads offsets in the stored times and converts to the shop's zone", () => {
    expect(
      formatSlot(
        { start: "2026-07-04T06:00:00-07:00", end: "2026-07-04T06:30:00-07:00" },
        NEW_YORK
      )
    ).toBe("Saturday, July 4, 2026, 9:00 AM – 9:30 AM EDT")
    expect(
      formatSlot({ start: "2026-07-04T13:00:00Z", end: "2026-07-04T13:30:00Z" }, "America/Los_Angeles")
    ).toBe("Saturday, July 4, 2026, 6:00 AM – 6:30 AM PDT")
  })

  it("falls back to New York for an unknown zone rather than failing the email", () => {
    expect(
      formatSlot({ start: "2026-07-04T13:00:00Z", end: "2026-07-04T13:30:00Z" }, "Mars/Olympus")
    ).toBe("Saturday, July 4, 2026, 9:00 AM – 9:30 AM EDT")
  })

  it("spells out both days for a slot that runs past midnight", () => {
    expect(
      formatSlot({ start: "2026-07-05T03:30:00Z", end: "2026-07-05T04:30:00Z" }, NEW_YORK)
    ).toBe("Saturday, July 4, 2026, 11:30 PM EDT – Sunday, July 5, 2026, 12:30 AM EDT")
  })

  it("has a short form for subject lines", () => {
    expect(formatSlotShort({ start: "2026-07-04T13:00:00Z" }, NEW_YORK)).toBe("Sat, Jul 4, 9:00 AM")
  })
})

describe("html", () => {
  it("escapes interpolated strings, arrays included, and passes nested html through", () => {
    const name = `<b>"Tom" & 'Jerry'</b>`
    expect(html`<p>${name}</p>`.value).toBe(
      "<p>&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;</p>"
    )
    expect(html`<ul>${["<a>", html`<li>ok</li>`]}</ul>`.value).toBe("<ul>&lt;a&gt;<li>ok</li></ul>")
    expect(html`${null}${undefined}${false}${0}`.value).toBe("0")
  })

  it("keeps line breaks of typed text as <br> after escaping", () => {
    expect(multiline("one <two>\r\nthree").value).toBe("one &lt;two&gt;<br>three")
  })
})
