import { describe, expect, it } from "vitest"
import { jsonLdString } from "../json-ld"

describe("jsonLdString", () => {
  it("cannot close the script element or open markup, yet parses to the same data", () => {
    const data = { name: "</script><script>alert(1)</script> & <b>cake</b>", note: "line\u2028break" }
    const json = jsonLdString(data)
    expect(json).not.toMatch(/[<>&\u2028]/)
    expect(JSON.parse(json)).toEqual(data)
  })
})
