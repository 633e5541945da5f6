import { describe, expect, it } from "vitest"
import { renderEmail } from ".."
import type { EmailTemplate, PasswordResetEmailData } from "../types"
import { deliveryOrder, pickupOrder } from "./fixtures"

const XSS = "<script>alert(1)</script>"
const ESCAPED_XSS = "&lt;script&gt;alert(1)&lt;/script&gt;"

const ORDER_TEMPLATES: Exclude<EmailTemplate, "password-reset">[] = [
  "order-confirmation",
  "new-order-alert",
  "ready-for-pickup",
  "out-for-delivery",
  "order-canceled",
]

function resetData(): PasswordResetEmailData {
  return {
    email: "jane+cakes@example.com",
    token: "eyJhbGciOi.payload.sig",
    storefront_url: "https://sweetcrumbs.example/",
    shop_name: "Sweet Crumbs Bakery",
    expires_at: "2026-07-04T13:15:00.000Z",
  }
}

describe("renderEmail", () => {
  it.each(ORDER_TEMPLATES)("renders %s as a full HTML document and readable text", (template) => {
    const email = renderEmail(template, pickupOrder())

    expect(email.subject).toContain("1042")
    expect(email.html.startsWith("<!DOCTYPE html>")).toBe(true)
    expect(email.html).toContain('role="presentation"')
    expect(email.html).toContain("Chocolate Celebration Cake")
    expect(email.text).toContain("Chocolate Celebration Cake")
    expect(email.text).toContain('Inscription: "Happy 30th, Sam!"')
    // The plain-text part is text, not markup.
    expect(email.text).not.toMatch(/<[a-z]/i)
  })

  it("confirms a pickup order with slot, shop address, prices, note, payment and order link", () => {
    const { subject, html, text } = renderEmail("order-confirmation", pickupOrder())

    expect(subject).toBe("Your Sweet Crumbs Bakery order #1042 is confirmed")
    for (const part of [html, text]) {
      expect(part).toContain("Saturday, July 4, 2026, 9:00 AM – 9:30 AM EDT")
      expect(part).toContain("12 Maple Street")
      expect(part).toContain("Portland, ME 04101")
      expect(part).toContain("$52.00")
      expect(part).toContain("$8.50")
      expect(part).toContain("$17.00")
      expect(part).toContain("$69.00")
      expect(part).toContain("$6.12")
      expect(part).toContain("$75.12")
      expect(part).toContain("Pay at pickup")
      expect(part).toContain("https://sweetcrumbs.example/order/confirmed/order_01PICKUP")
    }
    expect(html).toContain("Please box the cake separately.<br>Thank you!")
    expect(text).toContain("  Please box the cake separately.\n  Thank you!")
    expect(html).toContain("Happy 30th, Sam!")
    expect(text).toContain("Pickup: Saturday")
    expect(text).not.toContain("Delivery:")
  })

  it("confirms a paid delivery order with the delivery address and fee", () => {
    const data = deliveryOrder()
    data.order.paid = true
    const { html, text } = renderEmail("order-confirmation", data)

    for (const part of [html, text]) {
      expect(part).toContain("Saturday, December 12, 2026, 2:00 PM – 3:00 PM EST")
      expect(part).toContain("77 Harbor Road")
      expect(part).toContain("Apt 3")
      expect(part).toContain("$7.50")
      expect(part).toContain("Paid")
      expect(part).not.toContain("Pay at pickup")
      expect(part).not.toContain("12 Maple Street")
    }
    expect(text).toContain("Delivery: $7.50")
  })

  it("shows a discount as a negative amount", () => {
    const data = pickupOrder()
    data.order.discount_total = 6.9
    const { text } = renderEmail("order-confirmation", data)
    expect(text).toContain("Discount: -$6.90")
  })

  it("alerts Maya with the customer's contact, slot, inscription and an admin link", () => {
    const { subject, html, text } = renderEmail("new-order-alert", pickupOrder())

    expect(subject).toBe("New order #1042 from Jane Baker — pickup Sat, Jul 4, 9:00 AM")
    for (const part of [html, text]) {
      expect(part).toContain("jane@example.com")
      expect(part).toContain("+1 555 0100")
      expect(part).toContain("Happy 30th, Sam!")
      expect(part).toContain("https://admin.sweetcrumbs.example/app/orders/order_01PICKUP")
    }
  })

  it("tells a pay-at-pickup customer what to bring when the order is ready", () => {
    const { subject, text } = renderEmail("ready-for-pickup", pickupOrder())
    expect(subject).toBe("Your order #1042 is ready for pickup")
    expect(text).toContain("Please bring $75.12")
    expect(text).toContain("12 Maple Street")
  })

  it("sends a delivery customer the address the order is heading to", () => {
    const { subject, text } = renderEmail("out-for-delivery", deliveryOrder())
    expect(subject).toBe("Your order #1042 is out for delivery")
    expect(text).toContain("77 Harbor Road")
    expect(text).toContain("you pay on delivery")
  })

  it("tells the customer whether a canceled order is refunded", () => {
    const unpaid = renderEmail("order-canceled", pickupOrder())
    expect(unpaid.subject).toBe("Your order #1042 has been canceled")
    expect(unpaid.text).toContain("You have not been charged.")

    const data = pickupOrder()
    data.order.paid = true
    expect(renderEmail("order-canceled", data).text).toContain("will be refunded")
  })

  it("links the confirmation to the order page with its signed token, so it opens without signing in", () => {
    const data = { ...pickupOrder(), order_token: "1785153600.c2lnbmF0dXJl" }
    const { html, text } = renderEmail("order-confirmation", data)
    const url = "https://sweetcrumbs.example/order/confirmed/order_01PICKUP?token=1785153600.c2lnbmF0dXJl"
    expect(text).toContain(url)
    expect(html).toContain(`href="${url}"`)
  })

  it("links the password reset to the storefront with the token and email encoded", () => {
    const { subject, html, text } = renderEmail("password-reset", resetData())
    const url =
      "https://sweetcrumbs.example/account/reset-password?token=eyJhbGciOi.payload.sig&email=jane%2Bcakes%40example.com"

    expect(subject).toBe("Reset your Sweet Crumbs Bakery password")
    expect(text).toContain(url)
    // In HTML the query's & is written as &amp;; browsers decode it back.
    expect(html).toContain(`href="${url.replace("&", "&amp;")}"`)
    expect(html).toContain("jane+cakes@example.com")
  })

  describe("escaping what customers and Maya typed", () => {
    function hostileOrder() {
      const data = deliveryOrder()
      data.order.customer_name = XSS
      data.order.note = XSS
      data.order.phone = XSS
      data.order.items[0].inscription = XSS
      data.order.items[0].title = XSS
      data.order.items[0].variant_title = XSS
      data.order.delivery_address!.address_1 = XSS
      data.shop.name = XSS
      return data
    }

    it.each(ORDER_TEMPLATES)("%s never turns typed text into markup", (template) => {
      const { html, text } = renderEmail(template, hostileOrder())

      expect(html).not.toContain("<script")
      expect(html).toContain(ESCAPED_XSS)
      // Text stays as typed: a mail client shows it literally.
      expect(text).toContain(XSS)
    })

    it("escapes quotes so typed text cannot break out of an attribute", () => {
      const data = pickupOrder()
      data.order.items[0].inscription = `"><img src=x onerror=alert(1)>`
      const { html } = renderEmail("order-confirmation", data)

      expect(html).not.toContain("<img")
      expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
    })

    it("escapes the email address in the password reset", () => {
      const data = resetData()
      data.email = `${XSS}@example.com`
      const { html } = renderEmail("password-reset", data)

      expect(html).not.toContain("<script")
      expect(html).toContain(ESCAPED_XSS)
    })

    it("keeps a javascript: storefront URL out of links", () => {
      const data = pickupOrder()
      data.shop.storefront_url = "javascript:alert(1)//"
      const { html } = renderEmail("order-confirmation", data)

      expect(html).not.toContain("javascript:")
    })
  })
})

describe("the evening-before reminder", () => {
  const unsubscribe = "https://api.sweetcrumbs.example/bakery/reminders/unsubscribe?email=jane%40example.com&token=abc"

  it("tells a pickup customer when, where and the shop's hours, what they ordered, the order link and how to stop", () => {
    const { subject, html, text } = renderEmail("handover-reminder", {
      ...pickupOrder(),
      opening_hours: "8:00 AM – 4:00 PM",
      unsubscribe_url: unsubscribe,
    })
    expect(subject).toBe("See you tomorrow: order #1042")
    for (const part of [html, text]) {
      expect(part).toContain("Saturday, July 4, 2026, 9:00 AM – 9:30 AM EDT")
      expect(part).toContain("12 Maple Street")
      expect(part).toContain("open 8:00 AM – 4:00 PM that day.")
      expect(part).toContain("Happy 30th, Sam!")
      expect(part).toContain("https://sweetcrumbs.example/order/confirmed/order_01PICKUP")
    }
    expect(html).toContain(`href="${unsubscribe.replace(/&/g, "&amp;")}"`)
    expect(text).toContain(`Unsubscribe from reminders: ${unsubscribe}`)
    expect(text).not.toMatch(/<[a-z]/i)
  })

  it("gives a delivery customer the delivery window and address, not the shop's hours, and escapes what they typed", () => {
    const data = deliveryOrder()
    data.order.items[0].inscription = XSS
    const { subject, html, text } = renderEmail("handover-reminder", { ...data, opening_hours: "8:00 AM – 4:00 PM", unsubscribe_url: null })
    expect(subject).toMatch(/^Your delivery tomorrow: order #\d+$/)
    expect(html).not.toContain("that day.")
    expect(html).toContain(ESCAPED_XSS)
    expect(html).not.toContain(XSS)
    expect(text).not.toContain("Unsubscribe")
  })
})

describe("tell me when it's back", () => {
  it("names the product and the day it can be had again, links to it, and escapes the title", () => {
    const { subject, html, text } = renderEmail("back-in-stock", {
      product_title: `Chocolate ${XSS} Cake`,
      variant_title: '6"',
      date: "2026-05-09",
      product_url: "https://sweetcrumbs.example/products/chocolate-celebration-cake",
      shop_name: "Sweet Crumbs Bakery",
    })
    expect(subject).toBe(`Back for Saturday, May 9: Chocolate ${XSS} Cake`)
    expect(html).toContain(ESCAPED_XSS)
    expect(html).not.toContain(XSS)
    expect(html).toContain('href="https://sweetcrumbs.example/products/chocolate-celebration-cake"')
    expect(text).toContain("can be ordered for Saturday, May 9 again.")
  })
})
