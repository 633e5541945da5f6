import { afterAll, beforeAll, expect, it } from "vitest"
import type { Page } from "playwright-core"
import { describeInBrowser, launchChromium, newShopper, testEmail } from "./support/browser"
import { fillDetails, placeOrder, testPhone } from "./support/shop"
import type { Browser } from "playwright-core"

/**
 * The money a customer reads, pinned to the cent on the basket, the review step and the
 * confirmation: lines, subtotal, WELCOME10's discount, pickup or delivery, the NY sales tax
 * (8.875 %) and the total. Speed work on the cart's reads and writes must leave every figure as is.
 * Prices are the seed's: Country Sourdough $8.50, Triple Chocolate Fudge Cake 6" $40, 8" $55, 10" $72.
 */

type Line = { handle: string; quantity: number; size?: string; inscription?: string }

/** Adds one line from its product page (the JavaScript path), choosing the size and inscription. */
async function addLine(page: Page, line: Line): Promise<void> {
  await page.goto(`/products/${line.handle}`)
  if (line.size) await page.locator(`input[name=option_1][value='${line.size}']`).check({ force: true })
  if (line.inscription) await page.fill("#inscription", line.inscription)
  await page.fill("#quantity", String(line.quantity))
  await page.click("[data-add-button]")
  await page.waitForSelector("[data-add-status] a[href='/cart']")
}

/** A totals table as { row heading: amount }, in the order shown. */
function rows(page: Page, table: string): Promise<[string, string][]> {
  return page
    .locator(`${table} tr`)
    .evaluateAll((trs) => trs.map((tr) => [tr.querySelector("th")?.textContent?.trim() ?? "", tr.querySelector("td")?.textContent?.trim() ?? ""]))
}

async function basketFigures(page: Page) {
  await page.goto("/cart")
  return {
    lines: await page.locator(".line .line-total").allTextContents(),
    summary: await rows(page, ".summary"),
  }
}

/** Details, a time, pay at pickup (or on delivery), up to the review; returns the review's totals. */
async function checkoutToReview(page: Page, fulfillment: "pickup" | "delivery", label: string): Promise<[string, string][]> {
  await fillDetails(page, { email: testEmail(label), phone: testPhone() }, fulfillment)
  if (fulfillment === "delivery") {
    await page.fill("#field-address_1", "77 Prospect Park West")
    await page.fill("#field-city", "Brooklyn")
    await page.fill("#field-postal_code", "11215")
  }
  await Promise.all([page.waitForURL(/step=slot/), page.click("form[data-details-form] button[type=submit]")])
  // Not the earliest time: a lead-time boundary passing before the order is placed would refuse it.
  await page.locator("input[name=start]:not([disabled])").nth(1).check()
  await Promise.all([page.waitForURL(/step=payment/), page.click("text=Continue to payment")])
  await page.check("input[name=provider_id][value=pp_system_default]")
  await Promise.all([page.waitForURL(/step=review/), page.click("text=Review your order")])
  return rows(page, ".summary")
}

async function applyCode(page: Page, code: string): Promise<void> {
  await page.goto("/cart")
  await page.fill("#promo-code", code)
  await Promise.all([page.waitForURL(/\/cart$/), page.click("form.promo button[type=submit]")])
  await expect(page.locator(".summary .discount").count()).resolves.toBe(1)
}

describeInBrowser("totals a customer reads", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("bread and an inscribed cake for pickup: no shipping charge, tax on the lines", async () => {
    const { context, page } = await newShopper(browser)
    await addLine(page, { handle: "country-sourdough", quantity: 2 })
    await addLine(page, { handle: "triple-chocolate-fudge-cake", quantity: 1, size: '8"', inscription: "Happy 40th" })

    await expect(basketFigures(page)).resolves.toEqual({
      lines: ["$17.00", "$55.00"],
      summary: [
        ["Subtotal", "$72.00"],
        ["Estimated tax", "$6.39"],
        ["Total", "$78.39"],
      ],
    })
    const paid = [
      ["Subtotal", "$72.00"],
      ["Pickup at the shop", "Free"],
      ["Tax", "$6.39"],
      ["Total", "$78.39"],
    ]
    await expect(checkoutToReview(page, "pickup", "totals-pickup")).resolves.toEqual(paid)
    await placeOrder(page)
    await expect(rows(page, ".order-details table")).resolves.toEqual(paid)
    await context.close()
  })

  it("WELCOME10 with local delivery: ten percent off the lines, the delivery fee and its tax", async () => {
    const { context, page } = await newShopper(browser)
    await addLine(page, { handle: "triple-chocolate-fudge-cake", quantity: 1, size: '10"' })
    await addLine(page, { handle: "country-sourdough", quantity: 3 })
    await applyCode(page, "WELCOME10")

    await expect(basketFigures(page)).resolves.toEqual({
      lines: ["$72.00", "$25.50"],
      summary: [
        ["Subtotal", "$97.50"],
        ["Discount", "−$9.75"],
        ["Estimated tax", "$7.79"],
        ["Total", "$95.54"],
      ],
    })
    const paid = [
      ["Subtotal", "$97.50"],
      ["Discount", "−$9.75"],
      ["Local delivery", "$7.50"],
      ["Tax", "$8.45"],
      ["Total", "$103.70"],
    ]
    await expect(checkoutToReview(page, "delivery", "totals-delivery")).resolves.toEqual(paid)
    await placeOrder(page)
    await expect(rows(page, ".order-details table")).resolves.toEqual(paid)
    await context.close()
  })

  it("WELCOME10 on one small cake for pickup: the tax on a discounted line rounds to the cent", async () => {
    const { context, page } = await newShopper(browser)
    await addLine(page, { handle: "triple-chocolate-fudge-cake", quantity: 1, size: '6"', inscription: "For Nan" })
    await applyCode(page, "WELCOME10")

    const basket = await basketFigures(page)
    expect(basket.lines).toEqual(["$40.00"])
    expect(basket.summary).toEqual([
      ["Subtotal", "$40.00"],
      ["Discount", "−$4.00"],
      ["Estimated tax", "$3.20"],
      ["Total", "$39.20"],
    ])
    const paid = [
      ["Subtotal", "$40.00"],
      ["Discount", "−$4.00"],
      ["Pickup at the shop", "Free"],
      ["Tax", "$3.20"],
      ["Total", "$39.20"],
    ]
    await expect(checkoutToReview(page, "pickup", "totals-welcome")).resolves.toEqual(paid)
    await placeOrder(page)
    await expect(rows(page, ".order-details table")).resolves.toEqual(paid)
    await context.close()
  })
})
