import { describe, expect, it } from "vitest"
import { csvCell, productionSheetCsv, toCsv, type ProductionSheet } from ".."

describe("csvCell", () => {
  it("quotes commas, quotes and line breaks as RFC 4180 asks", () => {
    expect(csvCell("Happy birthday")).toBe("Happy birthday")
    expect(csvCell("Sliced, please")).toBe('"Sliced, please"')
    expect(csvCell('8" round')).toBe('"8"" round"')
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"')
    expect(csvCell("line one\r\nline two")).toBe('"line one\r\nline two"')
    expect(csvCell(null)).toBe("")
    expect(csvCell(undefined)).toBe("")
    expect(csvCell(3)).toBe("3")
  })

  it("defuses cells a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://evil.test\",\"Click\")")).toBe("\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"Click\"\")\"")
    expect(csvCell("+1 718 555 0100")).toBe("'+1 718 555 0100")
    expect(csvCell("-2+3")).toBe("'-2+3")
    expect(csvCell("@SUM(A1:A2)")).toBe("'@SUM(A1:A2)")
    expect(csvCell("\t=1")).toBe("'\t=1")
    expect(csvCell("\r=1")).toBe("\"'\r=1\"")
    // Only the first character matters.
    expect(csvCell("Love = cake")).toBe("Love = cake")
  })
})

describe("toCsv", () => {
  it("joins rows with CRLF and ends with a line break", () => {
    expect(toCsv([["a", "b"], ["c", null]])).toBe("a,b\r\nc,\r\n")
  })
})

describe("productionSheetCsv", () => {
  const sheet: ProductionSheet = {
    date: "2026-03-08",
    timezone: "America/New_York",
    bake_plan: [],
    totals: [],
    slots: [
      {
        start: "2026-03-08T09:00:00-04:00",
        end: "2026-03-08T09:30:00-04:00",
        type: "pickup",
        orders: [
          {
            id: "order_1",
            display_id: 12,
            customer_name: "Jane Baker",
            email: "jane@example.com",
            phone: null,
            items: [
              { title: "Chocolate Celebration Cake", variant_title: '8"', quantity: 1, inscription: "=cmd|' /C calc'!A0" },
              { title: "Country Sourdough", variant_title: "Single", quantity: 2, inscription: null },
            ],
            note: "No nuts, please.\nRing the bell",
          },
        ],
      },
      {
        start: "2026-03-08T13:00:00-04:00",
        end: "2026-03-08T13:30:00-04:00",
        type: "delivery",
        orders: [
          {
            id: "order_2",
            display_id: 13,
            customer_name: null,
            email: "ana@example.com",
            phone: "+1 718 555 0199",
            items: [{ title: "Peanut Butter Cookie", variant_title: "Single", quantity: 6, inscription: null }],
            note: null,
          },
        ],
      },
    ],
  }

  it("writes one row per item line with the slot in the shop's local time", () => {
    expect(productionSheetCsv(sheet).split("\r\n")).toEqual([
      "Date,Slot,Type,Order #,Customer,Product,Variant,Qty,Inscription,Note",
      `2026-03-08,09:00-09:30,pickup,12,Jane Baker,Chocolate Celebration Cake,"8""",1,'=cmd|' /C calc'!A0,"No nuts, please.\nRing the bell"`,
      `2026-03-08,09:00-09:30,pickup,12,Jane Baker,Country Sourdough,Single,2,,"No nuts, please.\nRing the bell"`,
      "2026-03-08,13:00-13:30,delivery,13,ana@example.com,Peanut Butter Cookie,Single,6,,",
      "",
    ])
  })

  it("is just the header on a quiet day", () => {
    expect(productionSheetCsv({ ...sheet, slots: [] })).toBe(
      "Date,Slot,Type,Order #,Customer,Product,Variant,Qty,Inscription,Note\r\n"
    )
  })
})
