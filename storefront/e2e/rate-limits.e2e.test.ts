import { afterAll, beforeAll, expect, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { BACKEND_URL, describeInBrowser, launchChromium, newShopper, testEmail } from "./support/browser"
import { addToBasket, fillDetails } from "./support/shop"

const SENTENCE = /Too many sign-in attempts\. Please wait (a minute|\d+ seconds) and try again\./

/** Submits a sign-in form and waits for the answer to the request it sends. */
async function submit(page: Page, answer: (url: string) => boolean, button: string) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && answer(r.url())),
    page.click(button),
  ])
  return response
}

describeInBrowser("rate limits and bot friction", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("the storefront's sign-in page asks the customer to wait after five wrong passwords", async () => {
    const { context, page } = await newShopper(browser)
    const email = testEmail("locked-out")
    for (let i = 1; i <= 6; i++) {
      await page.goto("/account/login")
      await page.fill("#field-email", email)
      await page.fill("#field-password", `not-the-password-${i}`)
      await submit(page, (url) => new URL(url).pathname === "/account/login", "button[type=submit]:has-text('Sign in')")
      await page.waitForSelector(".notice--error")
      const notice = await page.locator(".notice--error").textContent()
      if (i < 6) expect(notice).toContain("don't match an account")
      else expect(notice).toMatch(SENTENCE)
    }
    // The email stays in the form, so the customer only waits and types the password again.
    await expect(page.locator("#field-email").inputValue()).resolves.toBe(email)
    await context.close()
  })

  it("refuses checkout details when the hidden honeypot box is filled, and saves nothing", async () => {
    const { context, page } = await newShopper(browser)
    await addToBasket(page)
    const email = testEmail("bot")
    await fillDetails(page, { email }, "pickup")
    // People never reach the box (no tab stop, hidden from screen readers); a script fills it.
    const box = page.locator("input[name=company_website]")
    await expect(box.getAttribute("tabindex")).resolves.toBe("-1")
    await expect(box.getAttribute("autocomplete")).resolves.toBe("off")
    const hidden = await box.evaluate((input) => {
      const area = input.parentElement!.getBoundingClientRect()
      return { tiny: area.width <= 1 && area.height <= 1, ariaHidden: input.closest("[aria-hidden='true']") !== null }
    })
    expect(hidden).toEqual({ tiny: true, ariaHidden: true })
    await box.evaluate((input: HTMLInputElement) => (input.value = "https://cheap-cakes.example"))
    await submit(page, (url) => new URL(url).pathname === "/checkout", "form[data-details-form] button[type=submit]")
    await page.waitForSelector(".notice--error")
    await expect(page.locator(".notice--error").textContent()).resolves.toContain("a box that people never see was filled in")
    // Nothing was saved on the cart: the details step is still empty after a reload.
    await page.goto("/checkout?step=details")
    await expect(page.locator("#field-email").inputValue()).resolves.toBe("")
    await context.close()
  })

  it("Medusa's admin sign-in form at /app shows the same sentence", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    // An address nobody has: the limit counts the account typed, whether or not it exists.
    const email = testEmail("admin-guess")
    await page.goto(`${BACKEND_URL}/app/login`)
    const statuses: number[] = []
    for (let i = 1; i <= 6; i++) {
      await page.fill("input[name=email]", email)
      await page.fill("input[name=password]", `guess-${i}`)
      const response = await submit(page, (url) => new URL(url).pathname === "/auth/user/emailpass", "button[type=submit]")
      statuses.push(response.status())
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
    const alert = page.getByText(SENTENCE)
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(SENTENCE)
    await context.close()
  })
})
