import { afterAll, beforeAll, expect, inject, it } from "vitest"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { adminApi, adminToken, printedLogin, storedLogin, submitAdminLogin, type AdminLogin } from "./support/admin"
import { BACKEND_URL, describeInBrowser, launchChromium, newShopper, testEmail } from "./support/browser"
import { addToBasket, checkoutWithPickup, fillDetails } from "./support/shop"

// What `npm start` printed on the second start, as a newcomer reads it; a shop
// started by hand (STOREFRONT_URL given) falls back to the stored login.
const shop = inject("shop")
const login: AdminLogin | null = (shop && printedLogin(shop.secondStart.output)) || storedLogin()
if (!login) console.warn("Skipping the admin specs: no admin login (set MAYA_EMAIL/MAYA_PASSWORD or run `npm start` once).")

const CAKE = "triple-chocolate-fudge-cake"
const INSCRIPTION = "<b>Happy</b> 40th"
// Markup a customer might type, meaning harm or not: Maya must see it as text.
const NOTE = `<b>Leave at the side door</b> "><img src=x onerror="window.__injected=1">`

interface StoredOrder {
  id: string
  display_id: number
  metadata: { fulfillment_slot?: { start: string } } | null
}

/** YYYY-MM-DD of an instant in the shop's time zone: the Production sheet's day. */
const dayIn = (timeZone: string, iso: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(iso))

const injected = (page: Page) => page.evaluate(() => (window as unknown as { __injected?: number }).__injected)

describeInBrowser("Maya's admin, signed in as she would from npm start's printout", () => {
  let browser: Browser
  let maya: { context: BrowserContext; page: Page }
  let token = ""
  let order: StoredOrder
  let timeZone = ""

  beforeAll(async () => {
    if (!login) throw new Error("no admin login: npm start's output had no Login line and no admin-login.json exists")
    browser = await launchChromium()
    token = await adminToken(login)
    timeZone = (await adminApi<{ settings: { timezone: string } }>(token, "/admin/bakery/schedule")).settings.timezone

    // A customer orders a cake for pickup with an inscription and a note full of markup.
    const customer = await newShopper(browser)
    await customer.page.goto(`/products/${CAKE}`)
    await customer.page.fill("#inscription", INSCRIPTION)
    await customer.page.click("[data-add-button]")
    await customer.page.waitForSelector("[data-add-status] a[href='/cart']")
    await checkoutWithPickup(customer.page, { email: testEmail("admin-view") }, NOTE)
    expect(await injected(customer.page)).toBeUndefined()
    const orderId = new URL(customer.page.url()).pathname.split("/").pop()!
    await customer.context.close()
    order = (await adminApi<{ order: StoredOrder }>(token, `/admin/orders/${orderId}?fields=id,display_id,metadata`)).order

    maya = { context: await browser.newContext({ viewport: { width: 1280, height: 900 } }), page: undefined as unknown as Page }
    maya.page = await maya.context.newPage()
  })

  afterAll(async () => {
    await maya?.context.close()
    await browser?.close()
  })

  it("shows Medusa's error on the form for a wrong password", async () => {
    const { context, page } = await newShopper(browser, 1280)
    await submitAdminLogin(page, { email: login!.email, password: `${login!.password}-wrong` })
    await page.waitForSelector("text=Invalid email or password")
    expect(new URL(page.url()).pathname).toBe("/app/login")
    await context.close()
  })

  it("signs in with the printed login, lands on the orders list and stays signed in across a reload", async () => {
    const { page } = maya
    await submitAdminLogin(page, login!)
    await page.waitForURL(`${BACKEND_URL}/app/orders`)
    await page.waitForSelector(`text=#${order.display_id}`)
    await page.reload()
    await page.waitForSelector(`text=#${order.display_id}`)
    expect(new URL(page.url()).pathname).toBe("/app/orders")
  })

  it("shows the order's pickup slot, inscription and note as text, running nothing the customer typed", async () => {
    const { page } = maya
    await page.goto(`${BACKEND_URL}/app/orders/${order.id}`)
    const card = page.locator("div:has(> div > h2:text-is('Pickup & delivery'))")
    await card.locator("text=Pickup").first().waitFor()
    const slotStart = new Date(order.metadata!.fulfillment_slot!.start)
    const time = new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit" }).format(slotStart)
    const day = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long", month: "long", day: "numeric", year: "numeric" }).format(slotStart)
    await card.locator(`text=${day}`).waitFor()
    expect(await card.textContent()).toContain(time)

    await expect(page.locator("[data-testid=order-note]").textContent()).resolves.toContain(NOTE)
    await expect(page.locator("[data-testid=order-inscriptions]").textContent()).resolves.toContain(`“${INSCRIPTION}”`)
    // Rendered as text: no <b> or <img> element came out of what the customer typed.
    await expect(page.locator("[data-testid=order-note] img, [data-testid=order-note] b, [data-testid=order-inscriptions] b").count()).resolves.toBe(0)
    await page.waitForTimeout(500)
    expect(await injected(page)).toBeUndefined()
  })

  it("lists the order with its inscription on the Production sheet for its day", async () => {
    const { page } = maya
    await page.goto(`${BACKEND_URL}/app/production?date=${dayIn(timeZone, order.metadata!.fulfillment_slot!.start)}`)
    const sheet = page.locator("#production-sheet")
    await sheet.locator(`text=#${order.display_id}`).first().waitFor()
    expect(await sheet.textContent()).toContain(INSCRIPTION)
    expect(await injected(page)).toBeUndefined()
  })

  it("saves a new pickup capacity in Settings → Pickup & delivery; it persists and the storefront's slots follow", async () => {
    const { page } = maya
    const { settings } = await adminApi<{ settings: { pickup_capacity: number } }>(token, "/admin/bakery/schedule")
    const capacity = settings.pickup_capacity + 3
    try {
      await page.goto(`${BACKEND_URL}/app/settings/bakery-schedule`)
      await page.fill("#schedule-pickup-capacity", String(capacity))
      await page.click("form button[type=submit]:has-text('Save')")
      await page.waitForSelector("text=Pickup and delivery settings saved")
      await page.reload()
      await expect(page.locator("#schedule-pickup-capacity").inputValue()).resolves.toBe(String(capacity))

      const customer = await newShopper(browser)
      await addToBasket(customer.page)
      await fillDetails(customer.page, { email: testEmail("capacity") }, "pickup")
      await Promise.all([customer.page.waitForURL(/step=slot/), customer.page.click("form[data-details-form] button[type=submit]")])
      await customer.page.locator(`text=${capacity} places`).first().waitFor()
      await customer.context.close()
    } finally {
      await adminApi(token, "/admin/bakery/schedule", { method: "POST", body: { pickup_capacity: settings.pickup_capacity } })
    }
  })

  it("signs out back to the sign-in form, and the orders are behind it again", async () => {
    const { page } = maya
    await page.goto(`${BACKEND_URL}/app/orders`)
    await page.click(`button:has-text("${login!.email.slice(0, 12)}")`)
    const logOut = page.getByRole("menuitem", { name: "Log out" })
    await logOut.waitFor()
    await Promise.all([page.waitForURL(/\/app\/login/), logOut.click()])
    await page.waitForSelector("input[name=email]")
    await page.goto(`${BACKEND_URL}/app/orders`)
    await page.waitForURL(/\/app\/login/)
    await page.waitForSelector("input[name=email]")
  })
})
