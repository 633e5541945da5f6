import { afterAll, beforeAll, expect, it } from "vitest"
import type { Browser } from "playwright-core"
import { describeInBrowser, launchChromium, newShopper, testEmail } from "./support/browser"
import { seriousViolations } from "./support/axe"
import { addToBasket, checkoutWithPickup, EVERYDAY_PRODUCT, fillDetails } from "./support/shop"

describeInBrowser("shopping on a phone", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("browses, adds to the basket, checks out with pickup and sees a confirmation that survives a reload", async () => {
    const { context, page } = await newShopper(browser)
    await page.goto("/")
    await expect(page.locator("h1").textContent()).resolves.toContain("Baked this morning")
    await page.click("nav[aria-label=Shop] >> text=Bread")
    await page.waitForURL(/\/categories\/breads/)
    await page.click(`a[href="/products/${EVERYDAY_PRODUCT}"]`)
    await page.waitForURL(new RegExp(`/products/${EVERYDAY_PRODUCT}`))

    await addToBasket(page, EVERYDAY_PRODUCT, 2)
    await expect(page.locator("[data-cart-count-number]").textContent()).resolves.toBe("2")

    await page.goto("/cart")
    await expect(page.locator(".line").count()).resolves.toBe(1)
    await expect(page.locator(`#qty-${await page.locator("input[name=line_id]").first().inputValue()}`).inputValue()).resolves.toBe("2")

    const orderNumber = await checkoutWithPickup(page, { email: testEmail("pickup") })
    const confirmation = page.url()
    const summary = await page.locator("main").textContent()
    expect(summary).toContain("Country Sourdough")
    expect(summary).toContain("Pay at pickup")
    expect(await seriousViolations(page)).toEqual([])

    await page.reload()
    expect(page.url()).toBe(confirmation)
    await expect(page.locator("dd").first().textContent()).resolves.toContain(orderNumber)
    // The basket is empty again after the order.
    await page.goto("/cart")
    await expect(page.locator("text=Your basket is empty").count()).resolves.toBe(1)
    await context.close()
  })

  it("explains an unknown promotion code and applies a real one", async () => {
    const { context, page } = await newShopper(browser)
    await addToBasket(page, EVERYDAY_PRODUCT, 2)
    await page.goto("/cart")
    await page.fill("#promo-code", "NOT-A-CODE")
    await page.click("form.promo button[type=submit]")
    await page.waitForSelector("#promo-code[aria-invalid=true]")
    await expect(page.locator("#promo-error").textContent()).resolves.toContain("NOT-A-CODE")
    await expect(page.locator("#promo-code").inputValue()).resolves.toBe("NOT-A-CODE")

    await page.fill("#promo-code", process.env.E2E_PROMO_CODE ?? "WELCOME10")
    await Promise.all([page.waitForURL(/\/cart$/), page.click("form.promo button[type=submit]")])
    await expect(page.locator(".summary .discount").count()).resolves.toBe(1)
    await context.close()
  })

  it("changes a cake's inscription in the basket, and takes it off", async () => {
    const { context, page } = await newShopper(browser)
    await page.goto("/products/triple-chocolate-fudge-cake")
    await page.fill("#inscription", "Happy 40th")
    await page.click("[data-add-button]")
    await page.waitForSelector("[data-add-status] a[href='/cart']")
    await page.goto("/cart")
    await expect(page.locator(".inscription summary").textContent()).resolves.toContain("“Happy 40th”")

    await page.click(".inscription summary")
    await page.fill(".inscription-form input[name=inscription]", "Happy 41st, Sam")
    await page.click(".inscription-form button[type=submit]")
    await page.waitForSelector(".inscription summary:has-text('Happy 41st, Sam')")
    await expect(page.locator(".line").count()).resolves.toBe(1)

    await page.click(".inscription summary")
    await page.fill(".inscription-form input[name=inscription]", "")
    await page.click(".inscription-form button[type=submit]")
    await page.waitForSelector(".inscription", { state: "detached" })
    await expect(page.locator(".line").count()).resolves.toBe(1)
    await context.close()
  })

  it("adds to the basket without JavaScript (plain form post)", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: process.env.STOREFRONT_URL ?? "http://localhost:4321" })
    const page = await context.newPage()
    await page.goto(`/products/${EVERYDAY_PRODUCT}`)
    await Promise.all([page.waitForURL(/\/cart$/), page.click("[data-add-button]")])
    await expect(page.locator(".line").count()).resolves.toBe(1)
    await context.close()
  })

  it("refuses delivery outside the delivery area, next to the ZIP field, keeping what was typed", async () => {
    const { context, page } = await newShopper(browser)
    await addToBasket(page, EVERYDAY_PRODUCT, 6)
    const email = testEmail("delivery")
    await fillDetails(page, { email }, "delivery")
    await page.fill("#field-address_1", "1 Sunset Blvd")
    await page.fill("#field-city", "Beverly Hills")
    await page.fill("#field-postal_code", "90210")
    await page.click("form[data-details-form] button[type=submit]")
    await page.waitForSelector("#field-postal_code[aria-invalid=true]")
    await expect(page.locator("#field-postal_code-error").textContent()).resolves.toContain("90210")
    await expect(page.locator("#field-email").inputValue()).resolves.toBe(email)
    await expect(page.locator("#field-address_1").inputValue()).resolves.toBe("1 Sunset Blvd")
    await context.close()
  })
})
