import { afterAll, beforeAll, expect, it } from "vitest"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { describeInBrowser, launchChromium, newShopper, STOREFRONT_URL, testEmail } from "./support/browser"
import { emailedLink, outboxDir } from "./support/outbox"
import { addToBasket, checkoutWithPickup, EVERYDAY_PRODUCT, register, TEST_PASSWORD } from "./support/shop"

/** Records every CSP violation the page reports, from the first byte of each document. */
async function watchForViolations(context: BrowserContext, page: Page): Promise<string[]> {
  const violations: string[] = []
  await context.exposeFunction("reportCspViolation", (text: string) => violations.push(text))
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation
      report(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} on ${location.pathname}`)
    })
  })
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  return violations
}

const outbox = outboxDir()

describeInBrowser("security headers and private pages", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("sends the headers on pre-rendered and server-rendered pages, and the shop works under its CSP", async () => {
    const { context, page } = await newShopper(browser)
    const violations = await watchForViolations(context, page)

    for (const path of ["/", `/products/${EVERYDAY_PRODUCT}`]) {
      const response = await page.goto(path)
      const headers = response!.headers()
      expect(headers["content-security-policy"]).toContain("script-src 'self'")
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'")
      expect(headers["x-content-type-options"]).toBe("nosniff")
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin")
      // npm start serves plain http, so no HSTS.
      expect(headers["strict-transport-security"]).toBeUndefined()
    }
    // Adding to the basket runs the product page's script.
    await addToBasket(page)
    await expect(page.locator("[data-cart-count]").first().textContent()).resolves.toContain("1")
    for (const path of ["/cart", "/checkout?step=details"]) {
      const response = await page.goto(path)
      expect(response!.headers()["content-security-policy"]).toContain("default-src 'self'")
      await page.waitForLoadState("networkidle")
    }
    expect(violations).toEqual([])
    await context.close()
  })

  it("returns to the shop after signing in with ?next=//evil.example", async () => {
    const { context, page } = await newShopper(browser)
    const email = testEmail("next")
    await register(page, email, "Nell")
    await page.click("text=Sign out")
    await page.waitForURL(`${STOREFRONT_URL}/`)

    await page.goto("/account/login?next=//evil.example")
    await page.fill("#field-email", email)
    await page.fill("#field-password", TEST_PASSWORD)
    await Promise.all([page.waitForURL(/\/account$/), page.click("main button[type=submit]")])
    expect(new URL(page.url()).origin).toBe(STOREFRONT_URL)
    await context.close()
  })

  it("refuses a common password at sign-up with the rule in words", async () => {
    const { context, page } = await newShopper(browser)
    await page.goto("/account/register")
    await page.fill("#field-first_name", "Pat")
    await page.fill("#field-last_name", "Common")
    await page.fill("#field-email", testEmail("common"))
    await page.fill("#field-password", "password123")
    await page.click("button[type=submit]:has-text('Create account')")
    await expect(page.locator("main").textContent()).resolves.toContain("Choose a password of at least 10 characters that isn't a common one.")
    await context.close()
  })

  it("shows an order to the browser that placed it and to the email's link, and asks anyone else to sign in", async () => {
    const buyer = await newShopper(browser)
    const email = testEmail("private")
    await addToBasket(buyer.page)
    await checkoutWithPickup(buyer.page, { email })
    const orderPath = new URL(buyer.page.url()).pathname
    // Reloading keeps it: the browser's signed cookie says it placed the order.
    const reload = await buyer.page.goto(orderPath)
    expect(reload!.status()).toBe(200)
    await expect(buyer.page.locator("main").textContent()).resolves.toContain(email)

    const stranger = await newShopper(browser)
    const refused = await stranger.page.goto(orderPath)
    expect(refused!.status()).toBe(403)
    const text = await stranger.page.locator("main").textContent()
    expect(text).toContain("Sign in to see this order")
    expect(text).not.toContain(email)
    expect(text).not.toContain("No nuts near the cake please")
    // A made-up link token opens nothing either.
    const tampered = await stranger.page.goto(`${orderPath}?token=1999999999.${"A".repeat(43)}`)
    expect(tampered!.status()).toBe(403)

    if (outbox) {
      const link = new URL(await emailedLink(outbox, "order-confirmation", email, /https?:\/\/[^\s"<]+\/order\/confirmed\/[^\s"<]+/))
      const opened = await stranger.page.goto(`${link.pathname}${link.search}`)
      expect(opened!.status()).toBe(200)
      await expect(stranger.page.locator("main").textContent()).resolves.toContain(email)
    } else {
      console.warn("Skipping the emailed order link: no mail outbox (set MAIL_OUTBOX_DIR or SWEET_CRUMBS_DATA_DIR).")
    }
    await buyer.context.close()
    await stranger.context.close()
  })

  it("refuses an oversized or unsigned revalidation request before doing any work", async () => {
    // JSON, as the backend sends it (Astro refuses cross-site form-like posts with 403 on its own).
    const json = { "content-type": "application/json" }
    const big = await fetch(`${STOREFRONT_URL}/api/revalidate`, { method: "POST", headers: json, body: `"${"x".repeat(64 * 1024)}"` })
    expect(big.status).toBe(413)
    const unsigned = await fetch(`${STOREFRONT_URL}/api/revalidate`, { method: "POST", headers: json, body: "{}" })
    expect(unsigned.status).toBe(401)
  })
})
