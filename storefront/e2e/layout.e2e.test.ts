import { mkdirSync } from "node:fs"
import path from "node:path"
import { afterAll, beforeAll, expect, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { describeInBrowser, launchChromium, newShopper, testEmail } from "./support/browser"
import { addToBasket, EVERYDAY_PRODUCT, fillDetails, placeOrder } from "./support/shop"

/** Screenshots for a person to review; E2E_SCREENSHOT_DIR keeps them somewhere else. */
const SCREENSHOTS = process.env.E2E_SCREENSHOT_DIR ?? path.resolve(import.meta.dirname, "../test-results/screenshots")

/**
 * How much wider than the viewport the page is (0 when it fits): what makes
 * a phone scroll sideways, or cuts off a button at the edge.
 */
async function overflow(page: Page): Promise<{ excess: number; widest: string }> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth
    let widest = ""
    let right = viewport
    // Content inside a scroller (the category strip, the day picker) may run past the edge on purpose.
    const insideScroller = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== "visible") return true
      }
      return false
    }
    for (const element of document.querySelectorAll("body *")) {
      if (insideScroller(element)) continue
      const box = element.getBoundingClientRect()
      if (box.width > 0 && box.right > right + 0.5) {
        right = box.right
        widest = `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(" ").join(".")}` : ""}`
      }
    }
    return { excess: Math.max(document.documentElement.scrollWidth - viewport, Math.round(right - viewport)), widest }
  })
}

describeInBrowser("every page fits a phone (360 px) and is screenshotted at 360 and 1280 px", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
    mkdirSync(SCREENSHOTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
  })

  for (const width of [360, 1280]) {
    it(`walks every page type at ${width} px without sideways scrolling`, async () => {
      const { context, page } = await newShopper(browser, width)
      const seen: Record<string, { excess: number; widest: string }> = {}
      const check = async (name: string) => {
        await page.waitForLoadState("load")
        seen[name] = await overflow(page)
        await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true })
      }
      const visit = async (name: string, url: string) => {
        await page.goto(url)
        await check(name)
      }

      await visit("home", "/")
      await visit("category", "/categories/celebration-cakes")
      await visit("product", `/products/${EVERYDAY_PRODUCT}`)
      await visit("search", "/search?q=chocolate")
      await visit("basket-empty", "/cart")
      await visit("sign-in", "/account/login")
      await visit("register", "/account/register")
      await visit("not-found", "/does-not-exist")
      await visit("trouble", "/trouble")

      // A signed-in customer with a long email that has no place to break (the case that once
      // pushed "Sign out" off a phone's screen) orders, then sees their account.
      const email = testEmail(`layoutcheckwitharatherlongaddress${width}`).replace(/-/g, "")
      await page.goto("/account/register")
      await page.fill("#field-first_name", "Layout")
      await page.fill("#field-last_name", "Tester")
      await page.fill("#field-email", email)
      await page.fill("#field-password", "crumbs-and-butter-42")
      await Promise.all([page.waitForURL(/\/account\?welcome/), page.click("button[type=submit]:has-text('Create account')")])

      await addToBasket(page)
      await visit("basket", "/cart")
      await fillDetails(page, { email }, "pickup")
      await check("checkout-details")
      await Promise.all([page.waitForURL(/step=slot/), page.click("form[data-details-form] button[type=submit]")])
      await check("checkout-slot")
      await page.locator("input[name=start]:not([disabled])").first().check()
      await Promise.all([page.waitForURL(/step=payment/), page.click("text=Continue to payment")])
      await check("checkout-payment")
      await page.check("input[name=provider_id][value=pp_system_default]")
      await Promise.all([page.waitForURL(/step=review/), page.click("text=Review your order")])
      await check("checkout-review")
      await placeOrder(page)
      await check("order-confirmation")

      await visit("account", "/account")
      await Promise.all([page.waitForURL(/\/account\/orders\//), page.click(".orders a")])
      await check("account-order")

      const tooWide = Object.entries(seen).filter(([, { excess }]) => excess > 0)
      expect(tooWide.map(([name, { excess, widest }]) => `${name}: ${excess}px too wide (${widest})`)).toEqual([])
      expect(Object.keys(seen)).toHaveLength(17)
      await context.close()
    })
  }
})
