import { createRequire } from "node:module"
import { readFileSync } from "node:fs"
import { afterAll, beforeAll, expect, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { describeInBrowser, launchChromium, newShopper } from "./support/browser"
import { addToBasket, EVERYDAY_PRODUCT, fillDetails } from "./support/shop"

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8")

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/** Runs axe-core (WCAG 2.0–2.2 A/AA rules) and returns the serious and critical violations. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    })
    return result.violations
  })
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)
}

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
