import { afterAll, beforeAll, expect, it } from "vitest"
import type { Browser } from "playwright-core"
import { describeInBrowser, launchChromium, newShopper } from "./support/browser"
import { seriousViolations } from "./support/axe"
import { addToBasket, EVERYDAY_PRODUCT, fillDetails } from "./support/shop"

const PAGES = [
  "/",
  "/categories/cupcakes",
  `/products/${EVERYDAY_PRODUCT}`,
  "/products",
  "/products?diet=vegan&sort=price-asc",
  "/search?q=choclate",
  "/about",
  "/account/login",
  "/account/register",
  "/account/forgot-password",
  "/does-not-exist",
]

describeInBrowser("accessibility (axe-core, WCAG 2.2 AA)", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  for (const width of [390, 1280]) {
    it.each(PAGES)(`has no serious or critical violations on %s at ${width}px`, async (path) => {
      const { context, page } = await newShopper(browser, width)
      await page.goto(path)
      expect(await seriousViolations(page)).toEqual([])
      await context.close()
    })
  }

  it("has no serious or critical violations in the basket and every checkout step", async () => {
    const { context, page } = await newShopper(browser)
    await addToBasket(page, EVERYDAY_PRODUCT)
    await page.goto("/cart")
    expect(await seriousViolations(page)).toEqual([])
    await fillDetails(page, { email: "axe@example.com" }, "pickup")
    expect(await seriousViolations(page)).toEqual([])
    await Promise.all([page.waitForURL(/step=slot/), page.click("form[data-details-form] button[type=submit]")])
    expect(await seriousViolations(page)).toEqual([])
    await page.locator("input[name=start]:not([disabled])").first().check()
    await Promise.all([page.waitForURL(/step=payment/), page.click("text=Continue to payment")])
    expect(await seriousViolations(page)).toEqual([])
    await Promise.all([page.waitForURL(/step=review/), page.click("text=Review your order")])
    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  })
})
