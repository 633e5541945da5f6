import { describe, expect, it } from "vitest"
import type { GraphOrder } from "../order-email-data"
import { orderNotifications, passwordResetNotification, renderableEmailData, sealPasswordReset, tokenExpiry } from "../notifications"
import { emailSealKey } from "../sealed"
import { pickupOrder } from "./fixtures"

const shop = pickupOrder().shop

function order(type: "pickup" | "delivery"): GraphOrder {
  return {
    id: "order_01",
    display_id: 3,
    email: "jane@example.com",
    currency_code: "usd",
    metadata: {
      fulfillment_slot: { type, start: "2026-07-04T13:00:00Z", end: "2026-07-04T13:30:00Z" },
    },
    items: [],
  }
}

function jwt(payload: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url")
  return `${part({ alg: "HS256" })}.${part(payload)}.signature`
}

describe("orderNotifications", () => {
  it("addresses the customer by default and Maya when asked, each once per order", () => {
    const notifications = orderNotifications(
      {
        emails: [{ template: "order-confirmation" }, { template: "new-order-alert", to: "maya@sweetcrumbs.example" }],
        trigger: "order.placed",
      },
      order("pickup"),
      shop
    )

    expect(notifications.map((n) => [n.to, n.template, n.idempotency_key])).toEqual([
      ["jane@example.com", "order-confirmation", "order-confirmation:order_01"],
      ["maya@sweetcrumbs.example", "new-order-alert", "new-order-alert:order_01"],
    ])
    expect(notifications[0]).toMatchObject({
      channel: "email",
      trigger_type: "order.placed",
      resource_id: "order_01",
      resource_type: "order",
    })
    expect(notifications[0].data).toMatchObject({
      order: { display_id: 3, slot: { type: "pickup" } },
      shop: { name: "Sweet Crumbs Bakery" },
    })
  })

  it("sends nothing when the order's slot is not of the requested type", () => {
    const input = { emails: [{ template: "ready-for-pickup" as const }], slot_type: "pickup" as const, trigger: "t" }
    expect(orderNotifications(input, order("delivery"), shop)).toEqual([])
    expect(orderNotifications(input, order("pickup"), shop)).toHaveLength(1)
  })

  it("skips the customer's email when the order has no address to send it to", () => {
    const noEmail = { ...order("pickup"), email: null }
    expect(orderNotifications({ emails: [{ template: "order-canceled" }], trigger: "t" }, noEmail, shop)).toEqual([])
  })
})

describe("passwordResetNotification", () => {
  const now = new Date("2026-07-04T13:00:00Z")

  const key = emailSealKey({ COOKIE_SECRET: "a-real-cookie-secret-for-tests" })

  it("stores the token only sealed, opens it for the template, and keeps it out of the idempotency key", () => {
    const token = jwt({ exp: Date.parse("2026-07-04T13:15:00Z") / 1000 })
    const notification = passwordResetNotification(
      { ...sealPasswordReset("jane@example.com", token, key, now), trigger: "auth.password_reset" },
      shop
    )

    expect(notification).toMatchObject({
      to: "jane@example.com",
      template: "password-reset",
      data: {
        email: "jane@example.com",
        sealed_token: expect.stringMatching(/^v1\./),
        storefront_url: "https://sweetcrumbs.example",
        shop_name: "Sweet Crumbs Bakery",
        expires_at: "2026-07-04T13:15:00.000Z",
      },
    })
    expect(JSON.stringify(notification)).not.toContain(token)
    expect(notification.idempotency_key).toMatch(/^password-reset:[0-9a-f]{64}$/)
    expect(renderableEmailData("password-reset", notification.data, key)).toMatchObject({ token, email: "jane@example.com" })
  })

  it("refuses to open a token sealed with another key or altered", () => {
    const { sealed_token } = sealPasswordReset("jane@example.com", "tok", key, now)
    const otherKey = emailSealKey({ COOKIE_SECRET: "another-cookie-secret-entirely" })
    expect(() => renderableEmailData("password-reset", { sealed_token }, otherKey)).toThrow()
    const altered = sealed_token.slice(0, -2) + (sealed_token.endsWith("A") ? "BB" : "AA")
    expect(() => renderableEmailData("password-reset", { sealed_token: altered }, key)).toThrow()
  })

  it("assumes Medusa's 15 minutes when the token has no readable expiry", () => {
    expect(tokenExpiry("not-a-jwt", now)).toBe("2026-07-04T13:15:00.000Z")
    expect(tokenExpiry(jwt({ sub: "x" }), now)).toBe("2026-07-04T13:15:00.000Z")
  })
})
