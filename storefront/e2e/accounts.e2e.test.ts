import { afterAll, beforeAll, expect, it } from "vitest"
import type { Browser } from "playwright-core"
import { describeInBrowser, launchChromium, newShopper, testEmail } from "./support/browser"
import { seriousViolations } from "./support/axe"
import { addToBasket, checkoutWithPickup, register } from "./support/shop"

describeInBrowser("customer accounts", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("keeps the basket on sign-up, lists the customer's own orders and hides everyone else's", async () => {
    const alice = await newShopper(browser)
    await addToBasket(alice.page)
    const aliceEmail = testEmail("alice")
    await register(alice.page, aliceEmail, "Alice")
    // The guest basket followed Alice into her account.
    await alice.page.goto("/cart")
    await expect(alice.page.locator(".line").count()).resolves.toBe(1)
    const number = await checkoutWithPickup(alice.page, { email: aliceEmail })

    await alice.page.goto("/account")
    await expect(alice.page.locator(".orders").textContent()).resolves.toContain(number)
    expect(await seriousViolations(alice.page)).toEqual([])
    await alice.page.click(`text=Order ${number}`)
    await alice.page.waitForURL(/\/account\/orders\//)
    expect(await seriousViolations(alice.page)).toEqual([])
    const aliceOrderUrl = new URL(alice.page.url()).pathname

    const bob = await newShopper(browser)
    await register(bob.page, testEmail("bob"), "Bob")
    await expect(bob.page.locator("main").textContent()).resolves.toContain("No orders yet")
    const response = await bob.page.goto(aliceOrderUrl)
    expect(response?.status()).toBe(404)
    const confirmation = await bob.page.goto(aliceOrderUrl.replace("/account/orders/", "/order/confirmed/"))
    expect(confirmation?.status()).toBe(403)
    await expect(bob.page.locator("main").textContent()).resolves.toContain("Sign in to see this order")
    await expect(bob.page.locator("main").textContent()).resolves.not.toContain(aliceEmail)

    // Signed out, Alice's history is behind the login again.
    await alice.page.goto("/account")
    await Promise.all([alice.page.waitForURL(`${new URL(alice.page.url()).origin}/`), alice.page.click("text=Sign out")])
    await alice.page.goto("/account")
    await alice.page.waitForURL(/\/account\/login/)
    await alice.context.close()
    await bob.context.close()
  })

  it("says so when the password is wrong, keeping the email", async () => {
    const { context, page } = await newShopper(browser)
    await page.goto("/account/login")
    await page.fill("#field-email", "nobody@example.com")
    await page.fill("#field-password", "not-the-password")
    await page.click("button[type=submit]:has-text('Sign in')")
    await page.waitForSelector(".notice--error")
    await expect(page.locator("#field-email").inputValue()).resolves.toBe("nobody@example.com")
    await context.close()
  })
})
