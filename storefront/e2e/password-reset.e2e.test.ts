import { afterAll, beforeAll, expect, it } from "vitest"
import type { Browser } from "playwright-core"
import { describeInBrowser, launchChromium, newShopper, testEmail } from "./support/browser"
import { emailedLink, outboxDir } from "./support/outbox"

const outbox = outboxDir()
if (!outbox) console.warn("Skipping the password-reset flow: no mail outbox (set MAIL_OUTBOX_DIR or SWEET_CRUMBS_DATA_DIR).")

describeInBrowser("forgotten password", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it.skipIf(!outbox)("resets the password with the emailed link, then signs in with the new one", async () => {
    const { context, page } = await newShopper(browser)
    const email = testEmail("forgetful")
    await page.goto("/account/register")
    await page.fill("#field-first_name", "Forgetful")
    await page.fill("#field-last_name", "Fern")
    await page.fill("#field-email", email)
    await page.fill("#field-password", "first-password-1")
    await Promise.all([page.waitForURL(/\/account\?welcome/), page.click("button[type=submit]:has-text('Create account')")])
    await Promise.all([page.waitForURL(/\/$/), page.click("text=Sign out")])

    await page.goto("/account/forgot-password")
    await page.fill("#field-email", email)
    await Promise.all([page.waitForURL(/sent=1/), page.click("main button[type=submit]")])

    const link = new URL(await emailedLink(outbox!, "password-reset", email, /https?:\/\/[^\s"<]+\/account\/reset-password\?[^\s"<]+/))
    await page.goto(`${link.pathname}${link.search}`)
    await expect(page.locator("#field-email").inputValue()).resolves.toBe(email)
    await page.fill("#field-password", "second-password-2")
    await page.fill("#field-confirm", "second-password-2")
    await Promise.all([page.waitForURL(/\/account\/login\?reset=1/), page.click("main button[type=submit]")])

    await page.fill("#field-email", email)
    await page.fill("#field-password", "second-password-2")
    await Promise.all([page.waitForURL(/\/account$/), page.click("button[type=submit]:has-text('Sign in')")])
    await expect(page.locator("h1").textContent()).resolves.toContain("Forgetful")
    await context.close()
  })
})
