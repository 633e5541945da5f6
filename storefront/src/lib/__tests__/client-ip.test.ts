import { describe, expect, it } from "vitest"
import { CLIENT_IP_HEADER, currentVisitorIp, PROXY_SECRET_HEADER, proxyHeaders, visitorIp, withVisitorIp } from "../client-ip"

const headers = (forwardedFor?: string) => new Headers(forwardedFor ? { "x-forwarded-for": forwardedFor } : {})

describe("the visitor's address", () => {
  it("is the TCP peer unless a proxy in front is trusted", () => {
    expect(visitorIp(headers("6.6.6.6"), "::ffff:203.0.113.5", false)).toBe("203.0.113.5")
    expect(visitorIp(headers(), undefined, false)).toBe("unknown")
  })

  it("behind a trusted proxy, is the last X-Forwarded-For entry: the first is the visitor's to write", () => {
    expect(visitorIp(headers("6.6.6.6, 198.51.100.7"), "10.0.0.2", true)).toBe("198.51.100.7")
    expect(visitorIp(headers("not-an-address"), "10.0.0.2", true)).toBe("10.0.0.2")
    expect(visitorIp(headers(), "10.0.0.2", true)).toBe("10.0.0.2")
  })

  it("goes to the backend only with the proxy secret, and only when it is an address", () => {
    expect(proxyHeaders("203.0.113.5", "s3cret")).toEqual({ [CLIENT_IP_HEADER]: "203.0.113.5", [PROXY_SECRET_HEADER]: "s3cret" })
    expect(proxyHeaders("203.0.113.5", undefined)).toEqual({})
    expect(proxyHeaders("unknown", "s3cret")).toEqual({})
    expect(proxyHeaders(undefined, "s3cret")).toEqual({})
  })

  it("is remembered for the request being served, across awaits, and for it only", async () => {
    expect(currentVisitorIp()).toBeUndefined()
    const seen = await Promise.all([
      withVisitorIp("203.0.113.1", async () => {
        await new Promise((resolve) => setTimeout(resolve, 10))
        return currentVisitorIp()
      }),
      withVisitorIp("203.0.113.2", async () => currentVisitorIp()),
    ])
    expect(seen).toEqual(["203.0.113.1", "203.0.113.2"])
    expect(currentVisitorIp()).toBeUndefined()
  })
})
