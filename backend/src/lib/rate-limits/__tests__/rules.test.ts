import { RATE_LIMIT_DEFAULTS, tooManyMessage, waitPhrase } from "@sweet-crumbs/bakery-rules/rate-limits"
import { describe, expect, it } from "vitest"
import { ipKey, normaliseEmail, rateLimitsFromEnv, resolveClientIp, retryAfterSeconds, secretsMatch } from "../rules"

describe("rate limit rules", () => {
  it("uses the shop's numbers unless a variable changes one, and refuses nonsense", () => {
    const limits = rateLimitsFromEnv({})
    expect(limits.sign_in_account).toMatchObject({ points: 5, duration: 60 })
    expect(limits.sign_in_ip).toMatchObject({ points: 20, duration: 60 })
    expect(limits.cart_writes_ip).toMatchObject({ points: 300, duration: 60 })
    expect(limits.password_reset_email).toMatchObject({ points: 3, duration: 3600 })

    const changed = rateLimitsFromEnv({ RATE_LIMIT_ORDERS_PER_IP: " 50 " })
    expect(changed.orders_ip.points).toBe(50)
    expect(changed.orders_email.points).toBe(RATE_LIMIT_DEFAULTS.orders_email.points)

    expect(() => rateLimitsFromEnv({ RATE_LIMIT_SIGN_IN_PER_IP: "0" })).toThrow(/RATE_LIMIT_SIGN_IN_PER_IP must be a whole number/)
    expect(() => rateLimitsFromEnv({ RATE_LIMIT_SIGN_IN_PER_IP: "ten" })).toThrow(/not "ten"/)
  })

  it("counts an account by its email however it was typed", () => {
    expect(normaliseEmail("  Maya@SweetCrumbs.Example ")).toBe("maya@sweetcrumbs.example")
    expect(normaliseEmail("")).toBeNull()
    expect(normaliseEmail("   ")).toBeNull()
    expect(normaliseEmail(["maya@sweetcrumbs.example"])).toBeNull()
    expect(normaliseEmail(undefined)).toBeNull()
  })

  it("counts IPv4 as is, IPv4-mapped IPv6 as IPv4, and IPv6 per /64", () => {
    expect(ipKey("203.0.113.7")).toBe("203.0.113.7")
    expect(ipKey("::ffff:127.0.0.1")).toBe("127.0.0.1")
    expect(ipKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64")
    expect(ipKey("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64")
    expect(ipKey("2001:0db8:0001:0002::9")).toBe("2001:db8:1:2::/64")
    expect(ipKey("::1")).toBe("0:0:0:0::/64")
    expect(ipKey("2001:db8::1")).toBe("2001:db8:0:0::/64")
  })

  describe("which address a request is counted under", () => {
    const trust = { proxySecret: "storefront-secret-1234", trustForwardedFor: false }
    const request = { socketIp: "::ffff:10.0.0.5", forwardedForIp: "198.51.100.9", clientIpHeader: undefined, proxySecretHeader: undefined }

    it("is the TCP peer by default: X-Forwarded-For is anyone's to write", () => {
      expect(resolveClientIp(request, trust)).toBe("10.0.0.5")
    })

    it("is X-Forwarded-For's last hop only when a proxy in front is trusted", () => {
      expect(resolveClientIp(request, { ...trust, trustForwardedFor: true })).toBe("198.51.100.9")
    })

    it("is the storefront's header only with the shared secret", () => {
      const named = { ...request, clientIpHeader: "203.0.113.50" }
      expect(resolveClientIp({ ...named, proxySecretHeader: "storefront-secret-1234" }, trust)).toBe("203.0.113.50")
      expect(resolveClientIp(named, trust)).toBe("10.0.0.5")
      expect(resolveClientIp({ ...named, proxySecretHeader: "guess" }, trust)).toBe("10.0.0.5")
      // Without a configured secret nobody may name an address, not even with an empty one.
      expect(resolveClientIp({ ...named, proxySecretHeader: "" }, { ...trust, proxySecret: undefined })).toBe("10.0.0.5")
      // A header that is not an address is ignored.
      expect(resolveClientIp({ ...named, clientIpHeader: "evil, 1.2.3.4", proxySecretHeader: "storefront-secret-1234" }, trust)).toBe("10.0.0.5")
    })

    it("compares secrets exactly", () => {
      expect(secretsMatch("abc", "abc")).toBe(true)
      expect(secretsMatch("abcd", "abc")).toBe(false)
      expect(secretsMatch(undefined, "abc")).toBe(false)
    })
  })

  it("says how long to wait the way a person would", () => {
    expect(waitPhrase(1)).toBe("1 second")
    expect(waitPhrase(42.2)).toBe("43 seconds")
    expect(waitPhrase(58)).toBe("a minute")
    expect(waitPhrase(60)).toBe("a minute")
    expect(waitPhrase(3600)).toBe("60 minutes")
    expect(retryAfterSeconds(0)).toBe(1)
    expect(retryAfterSeconds(54_001)).toBe(55)
    expect(tooManyMessage("sign_in", 58)).toBe("Too many sign-in attempts. Please wait a minute and try again.")
    expect(tooManyMessage("password_reset", 900)).toMatch(/wait 15 minutes and ask again\.$/)
  })
})
