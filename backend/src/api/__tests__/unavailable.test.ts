import { isConnectionFailure } from "../unavailable"

describe("isConnectionFailure", () => {
  it("recognises Postgres and Redis being away, however deeply Medusa wrapped it", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })
    expect(isConnectionFailure(refused)).toBe(true)
    expect(isConnectionFailure(Object.assign(new Error("x"), { name: "KnexTimeoutError" }))).toBe(true)
    expect(isConnectionFailure(new Error("Knex: Timeout acquiring a connection. The pool is probably full."))).toBe(true)
    expect(isConnectionFailure(Object.assign(new Error("terminating"), { code: "57P01" }))).toBe(true)
    expect(isConnectionFailure(new Error("Connection is closed."))).toBe(true)
    expect(isConnectionFailure(new Error("Workflow failed", { cause: { previous: refused } }))).toBe(true)
  })

  it("leaves the request's own mistakes and our bugs alone", () => {
    expect(isConnectionFailure(Object.assign(new Error("Cart not found"), { type: "not_found" }))).toBe(false)
    expect(isConnectionFailure(Object.assign(new Error('duplicate key value violates unique constraint "x"'), { code: "23505" }))).toBe(false)
    expect(isConnectionFailure(new TypeError("Cannot read properties of undefined"))).toBe(false)
    expect(isConnectionFailure(undefined)).toBe(false)
  })
})
