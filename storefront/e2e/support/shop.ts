import { expect } from "vitest"
import type { Page } from "playwright-core"

/** An everyday bake: in stock, no inscription needed, short lead time. */
export const EVERYDAY_PRODUCT = process.env.E2E_PRODUCT_HANDLE ?? "country-sourdough"

/** Adds a product from its page (the JavaScript path) and waits for the confirmation. */
export async function addToBasket(page: Page, handle = EVERYDAY_PRODUCT, quantity = 1): Promise<void> {
  await page.goto(`/products/${handle}`)
  await page.fill("#quantity", String(quantity))
  await page.click("[data-add-button]")
  await page.waitForSelector("[data-add-status] a[href='/cart']")
}

/**
 * A phone number of its own for each test customer: the shop holds only a few
 * open pay-at-pickup orders per phone a day, and every test shopper is new.
 */
export function testPhone(): string {
  return `718 555 ${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`
}

export interface Details {
  email: string
  phone?: string
  firstName?: string
  lastName?: string
}

export async function fillDetails(page: Page, details: Details, fulfillment: "pickup" | "delivery"): Promise<void> {
  await page.goto("/checkout?step=details")
  await page.fill("#field-email", details.email)
  await page.fill("#field-phone", details.phone ?? testPhone())
  await page.fill("#field-first_name", details.firstName ?? "Test")
  await page.fill("#field-last_name", details.lastName ?? "Shopper")
  await page.check(`input[name=fulfillment][value=${fulfillment}]`)
}

/** Details, the first free pickup time, the note and pay at pickup: the basket waits on the review step. */
export async function reviewWithPickup(page: Page, details: Details, note = "No nuts near the cake please"): Promise<void> {
  await fillDetails(page, details, "pickup")
  await Promise.all([page.waitForURL(/step=slot/), page.click("form[data-details-form] button[type=submit]")])

  await page.locator("input[name=start]:not([disabled])").first().check()
  await Promise.all([page.waitForURL(/step=payment/), page.click("text=Continue to payment")])

  await page.fill("#note", note)
  await page.check("input[name=provider_id][value=pp_system_default]")
  await Promise.all([page.waitForURL(/step=review/), page.click("text=Review your order")])
  // The review repeats the chosen time and the note before anything is charged.
  const review = await page.locator(".steps").textContent()
  expect(review).toContain(note)
  expect(review).toMatch(/\d{1,2}:\d{2}\s?[AP]M/)
}

/** Walks the whole checkout with pickup and pay-at-pickup; returns the order number shown. */
export async function checkoutWithPickup(page: Page, details: Details, note = "No nuts near the cake please"): Promise<string> {
  await reviewWithPickup(page, details, note)
  await placeOrder(page)
  const number = await page.locator("dd").first().textContent()
  expect(number?.trim()).toMatch(/^#\d+$/)
  // The confirmation shows the booked time and the note, read back from the stored order.
  const confirmation = await page.locator("main").textContent()
  expect(confirmation).toMatch(/\d{1,2}:\d{2}\s?[AP]M/)
  expect(confirmation).toContain(note)
  return number!.trim()
}

/** Places the reviewed order; a refusal fails with the shop's own message rather than a time-out. */
export async function placeOrder(page: Page): Promise<void> {
  await page.click("[data-place-order] button[type=submit]")
  const refusal = page.locator("[role=alert].notice--error")
  await Promise.race([page.waitForURL(/\/order\/confirmed\//), refusal.first().waitFor()])
  if (!/\/order\/confirmed\//.test(page.url())) {
    throw new Error(`the shop refused the order: ${(await refusal.first().textContent())?.trim()}`)
  }
}

/** The password every test account signs up with: long enough and not a common one. */
export const TEST_PASSWORD = "crumbs-and-butter-42"

/** Signs up a new customer through the storefront's form; the browser is then signed in. */
export async function register(page: Page, email: string, firstName: string): Promise<void> {
  await page.goto("/account/register")
  await page.fill("#field-first_name", firstName)
  await page.fill("#field-last_name", "Tester")
  await page.fill("#field-email", email)
  await page.fill("#field-password", TEST_PASSWORD)
  await Promise.all([page.waitForURL(/\/account\?welcome/), page.click("button[type=submit]:has-text('Create account')")])
}
