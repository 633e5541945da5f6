import { existsSync } from "node:fs"
import { readdir, readFile } from "node:fs/promises"
import path from "node:path"
import { afterAll, beforeAll, expect, it } from "vitest"
import type { Browser } from "playwright-core"
import { describeInBrowser, launchChromium, newShopper, testEmail } from "./support/browser"

/** Where the backend's mailer drops emails: MAIL_OUTBOX_DIR, or `npm start`'s data dir. */
function outboxDir(): string | null {
  const candidates = [
    process.env.MAIL_OUTBOX_DIR,
    process.env.SWEET_CRUMBS_DATA_DIR && path.join(process.env.SWEET_CRUMBS_DATA_DIR, "mail"),
  ].filter((dir): dir is string => Boolean(dir))
  return candidates.find((dir) => existsSync(dir)) ?? null
}

/** Decodes a quoted-printable email body enough to read its links. */
function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
  return Buffer.from(bytes, "latin1").toString("utf8")
}

async function resetLinkFor(dir: string, email: string, timeoutMs = 30_000): Promise<string> {
  const started = Date.now()
  for (;;) {
    for (const file of (await readdir(dir)).filter((f) => f.includes("password-reset")).sort().reverse()) {
      const mail = decodeQuotedPrintable(await readFile(path.join(dir, file), "utf8"))
      if (!mail.includes(`To: ${email}`)) continue
      const link = mail.match(/https?:\/\/[^\s"<]+\/account\/reset-password\?[^\s"<]+/)?.[0]
      if (link) return link.replace(/&amp;/g, "&")
    }
    if (Date.now() - started > timeoutMs) throw new Error(`no password-reset email for ${email} in ${dir}`)
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
}

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

    const link = new URL(await resetLinkFor(outbox!, email))
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
