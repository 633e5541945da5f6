import { unsafeInputProblem } from "../request-hygiene"

describe("unsafe input", () => {
  it("accepts ordinary bodies and queries", () => {
    expect(unsafeInputProblem({ items: [{ variant_id: "variant_1", quantity: 2, metadata: { inscription: "Happy 40th 🎂" } }] })).toBeNull()
    expect(unsafeInputProblem({ dietary_tag: ["vegan", "nut_free"], limit: "24" })).toBeNull()
    expect(unsafeInputProblem(undefined)).toBeNull()
  })

  it("refuses NUL characters in values and keys, however deep", () => {
    expect(unsafeInputProblem({ region_id: "reg\u0000" })).toMatch(/NUL/)
    expect(unsafeInputProblem({ items: [{ metadata: { "a\u0000": 1 } }] })).toMatch(/NUL/)
  })

  it("refuses keys that shadow built-in object methods", () => {
    expect(unsafeInputProblem(JSON.parse('{"timezone":{"toString":1}}'))).toBe('Field names such as "toString" are not allowed.')
    expect(unsafeInputProblem(JSON.parse('{"__proto__":{"admin":true}}'))).toMatch(/__proto__/)
  })

  it("refuses absurd nesting instead of walking it", () => {
    let deep: unknown = "x"
    for (let i = 0; i < 40; i++) deep = [deep]
    expect(unsafeInputProblem({ deep })).toMatch(/nested more than 32 levels/)
  })
})
