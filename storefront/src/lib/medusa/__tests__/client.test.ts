import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { backendMessage, BackendUnavailableError, callBackend, isBackendDown, isClientError } from "../client"

const refused = Object.assign(new TypeError("fetch failed"), { cause: new Error("connect ECONNREFUSED 127.0.0.1:9000") })

describe("backend errors", () => {
  it("treats refused connections and 5xx answers as the backend being down", () => {
    expect(isBackendDown(refused)).toBe(true)
    expect(isBackendDown(new FetchError("An unknown error occurred.", "Internal Server Error", 500))).toBe(true)
    expect(isBackendDown(new FetchError("Bad Gateway", "Bad Gateway", 502))).toBe(true)
    expect(isBackendDown(new FetchError("Not found", "Not Found", 404))).toBe(false)
    expect(isBackendDown(new Error("a bug of ours"))).toBe(false)
  })

  it("wraps a network failure so the middleware can answer 503", async () => {
    await expect(callBackend(() => Promise.reject(refused))).rejects.toBeInstanceOf(BackendUnavailableError)
    const notFound = new FetchError("Product not found", "Not Found", 404)
    await expect(callBackend(() => Promise.reject(notFound))).rejects.toBe(notFound)
  })

  it("passes the backend's own words to customers only for 4xx", () => {
    const invalid = new FetchError("Inscription must be 30 characters or fewer", "Bad Request", 400)
    expect(isClientError(invalid)).toBe(true)
    expect(backendMessage(invalid)).toBe("Inscription must be 30 characters or fewer")
    expect(backendMessage(new FetchError("relation does not exist", "Internal Server Error", 500))).toBe(
      "Something went wrong. Please try again.",
    )
  })
})
