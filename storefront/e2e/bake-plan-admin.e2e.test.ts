import { afterAll, beforeAll, expect, inject, it } from "vitest"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { adminApi, adminToken, printedLogin, storedLogin, submitAdminLogin, type AdminLogin } from "./support/admin"
import { BACKEND_URL, describeInBrowser, launchChromium } from "./support/browser"

const shop = inject("shop")
const login: AdminLogin | null = (shop && printedLogin(shop.secondStart.output)) || storedLogin()
if (!login) console.warn("Skipping the bake plan admin specs: no admin login (set MAYA_EMAIL/MAYA_PASSWORD or run `npm start` once).")

type Week = Record<"mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun", number>
type Group = { id: string; name: string; unit: string; weekday_quantities: Week; overrides: { id: string; date: string; quantity: number; reason: string | null }[] }

/** A day three weeks out, in the shop's calendar, clear of anything the other specs book. */
const THREE_WEEKS = new Date(Date.now() + 21 * 24 * 3600 * 1000).toISOString().slice(0, 10)

describeInBrowser("Maya's bake plan page", () => {
  let browser: Browser
  let maya: { context: BrowserContext; page: Page }
  let token = ""
  let cakes: Group

  const groups = async () => (await adminApi<{ bake_plan_groups: Group[] }>(token, "/admin/bakery/bake-plan/groups")).bake_plan_groups

  beforeAll(async () => {
    if (!login) throw new Error("no admin login: npm start's output had no Login line and no admin-login.json exists")
    browser = await launchChromium()
    token = await adminToken(login)
    // The seed's plan.
    cakes = (await groups()).find((g) => g.name === "Celebration cakes")!
    expect(cakes.weekday_quantities.sat).toBeGreaterThan(0)
    maya = { context: await browser.newContext({ viewport: { width: 1280, height: 900 } }), page: undefined as unknown as Page }
    maya.page = await maya.context.newPage()
    await submitAdminLogin(maya.page, login)
    await maya.page.waitForURL(`${BACKEND_URL}/app/orders`)
  })

  afterAll(async () => {
    // Back to the seed's plan for the other specs.
    if (cakes && token) {
      await adminApi(token, `/admin/bakery/bake-plan/groups/${cakes.id}`, { method: "POST", body: { weekday_quantities: cakes.weekday_quantities } })
      for (const override of (await groups()).find((g) => g.id === cakes.id)?.overrides ?? []) {
        if (override.date === THREE_WEEKS) {
          await adminApi(token, `/admin/bakery/bake-plan/groups/${cakes.id}/overrides/${override.id}`, { method: "DELETE" })
        }
      }
    }
    await maya?.context.close()
    await browser?.close()
  })

  it("edits a weekday's quantity; it persists across a reload and in the API", async () => {
    const { page } = maya
    const saturday = cakes.weekday_quantities.sat + 5
    await page.goto(`${BACKEND_URL}/app/bake-plan`)
    const form = page.locator("form[aria-label='Celebration cakes plan']")
    await form.locator(`#week-${cakes.id}-sat`).fill(String(saturday))
    await form.locator("button:has-text('Save Celebration cakes')").click()
    await page.waitForSelector("text=Bake plan saved")
    await page.reload()
    await expect(page.locator(`#week-${cakes.id}-sat`).inputValue()).resolves.toBe(String(saturday))
    const saved = (await groups()).find((g) => g.id === cakes.id)!
    expect(saved.weekday_quantities).toEqual({ ...cakes.weekday_quantities, sat: saturday })
  })

  it("gives a date its own quantity with a reason; it is listed after a reload and Maya can take it back", async () => {
    const { page } = maya
    await page.goto(`${BACKEND_URL}/app/bake-plan`)
    const form = page.locator("form[aria-label='Celebration cakes date override']")
    await form.locator(`#override-date-${cakes.id}`).fill(THREE_WEEKS)
    await form.locator(`#override-quantity-${cakes.id}`).fill("40")
    await form.locator(`#override-reason-${cakes.id}`).fill("Mother's Day")
    await form.locator("button:has-text('Set for this day')").click()
    await page.waitForSelector("text=Date saved")
    await page.reload()
    await page.locator("li:has-text('40 cakes')").filter({ hasText: "Mother's Day" }).waitFor()
    const [override] = (await groups()).find((g) => g.id === cakes.id)!.overrides.filter((o) => o.date === THREE_WEEKS)
    expect(override).toMatchObject({ date: THREE_WEEKS, quantity: 40, reason: "Mother's Day" })

    await page.locator("li:has-text('40 cakes') button:has-text('Back to weekday')").click()
    await page.waitForSelector("text=Date back to its weekday's plan")
    expect((await groups()).find((g) => g.id === cakes.id)!.overrides.filter((o) => o.date === THREE_WEEKS)).toEqual([])
  })
})
