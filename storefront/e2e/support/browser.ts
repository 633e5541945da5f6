import { existsSync } from "node:fs"
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core"
import { describe } from "vitest"

export const CHROMIUM = "/usr/bin/chromium"
export const STOREFRONT_URL = (process.env.STOREFRONT_URL ?? "http://localhost:4321").replace(/\/$/, "")
export const BACKEND_URL = (process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000").replace(/\/$/, "")

/**
 * `describe` for browser specs: skipped, with the reason printed, when Debian's Chromium is not
 * installed — unless REQUIRE_CHROMIUM=1 (CI), where a missing browser is a failure.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, body)
    return
  }
  if (process.env.REQUIRE_CHROMIUM === "1") {
    throw new Error(`${CHROMIUM} is missing and REQUIRE_CHROMIUM=1: install it with "apt-get install -y chromium".`)
  }
  console.warn(`Skipping "${name}": ${CHROMIUM} is not installed (apt-get install -y chromium).`)
  describe.skip(name, body)
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  })
}

/** A fresh visitor (own cookies) on a phone-sized screen. */
export async function newShopper(browser: Browser, width = 390): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 844 }, baseURL: STOREFRONT_URL })
  const page = await context.newPage()
  return { context, page }
}

/** A unique, valid-looking email for a test customer. */
export function testEmail(label: string): string {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`
}
