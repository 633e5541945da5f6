import { describe, expect, it } from "vitest"
import { securityHeaders } from "../security-headers.mjs"

/** The CSP as directive → sources. */
function policy(headers: Record<string, string>) {
  return Object.fromEntries(
    headers["Content-Security-Policy"]!.split("; ").map((directive) => {
      const [name, ...sources] = directive.split(" ")
      return [name, sources]
    }),
  )
}

describe("securityHeaders", () => {
  it("allows only the shop's own scripts, and images from the shop, the backend and data: URLs", () => {
    const headers = securityHeaders({ MEDUSA_BACKEND_URL: "https://api.sweetcrumbs.example/", SITE_URL: "https://sweetcrumbs.example" })
    const csp = policy(headers)
    expect(csp["default-src"]).toEqual(["'self'"])
    expect(csp["script-src"]).toEqual(["'self'"])
    expect(csp["img-src"]).toEqual(["'self'", "https://api.sweetcrumbs.example", "data:"])
    expect(csp["style-src"]).toEqual(["'self'", "'unsafe-inline'"])
    expect(csp["frame-ancestors"]).toEqual(["'none'"])
    expect(csp["base-uri"]).toEqual(["'self'"])
    expect(csp["form-action"]).toEqual(["'self'"])
    expect(csp["frame-src"]).toBeUndefined()
    expect(headers["X-Content-Type-Options"]).toBe("nosniff")
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin")
  })

  it("adds Stripe's script, frames and API only when Stripe is enabled", () => {
    const csp = policy(securityHeaders({ STRIPE_PUBLISHABLE_KEY: "pk_test_123" }))
    expect(csp["script-src"]).toEqual(["'self'", "https://js.stripe.com", "https://*.js.stripe.com"])
    expect(csp["frame-src"]).toEqual(["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"])
    expect(csp["connect-src"]).toEqual(["'self'", "https://api.stripe.com"])
  })

  it("asks for HSTS only when the public URL is https", () => {
    expect(securityHeaders({ SITE_URL: "https://sweetcrumbs.example" })["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains")
    expect(securityHeaders({ SITE_URL: "http://localhost:4321" })).not.toHaveProperty("Strict-Transport-Security")
  })

  it("defaults like the storefront's env schema: backend on localhost:9000, plain http", () => {
    const headers = securityHeaders({})
    expect(policy(headers)["img-src"]).toContain("http://localhost:9000")
    expect(headers).not.toHaveProperty("Strict-Transport-Security")
  })
})
