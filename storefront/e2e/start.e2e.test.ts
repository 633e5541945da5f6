import { describe, expect, inject, it } from "vitest"
import { BACKEND_URL, STOREFRONT_URL } from "./support/browser"

const shop = inject("shop")
const describeStarted = shop ? describe : describe.skip
if (!shop) console.warn("Skipping `npm start` checks: the shop was not started by the test setup (STOREFRONT_URL given or no Chromium).")

describeStarted("npm start (embedded Postgres, two starts)", () => {
  it("opens the shop on the first start and prints the URLs and Maya's login", () => {
    const { output } = shop!.firstStart
    expect(output).toMatch(/Empty shop: loading the Sweet Crumbs catalog/)
    expect(output).toMatch(/Storefront\s+http:\/\/localhost:\d+/)
    expect(output).toMatch(/Admin\s+http:\/\/localhost:\d+\/app/)
    expect(output).toMatch(/Login\s+\S+@\S+ \/ \S+/)
  })

  it("explains the single-process default in one line instead of Medusa's alarming warnings", () => {
    const { output } = shop!.firstStart
    expect(output).toMatch(/One backend process: admin sessions, events and locks are kept in memory/)
    expect(output).not.toMatch(/not recommended for production/)
    expect(output).not.toMatch(/MemoryStore|will leak/)
  })

  it("stops every process it started on Ctrl-C", () => {
    expect(shop!.firstStart.exitCode).toBe(0)
    expect(shop!.firstStart.leftovers).toEqual([])
  })

  it("keeps the data on the second start, without seeding or rebuilding", () => {
    const { output } = shop!.secondStart
    expect(output).not.toMatch(/Empty shop/)
    expect(output).toMatch(/The backend build is up to date/)
    expect(output).toMatch(/The storefront build is up to date/)
    expect(shop!.products[0]).toBeGreaterThanOrEqual(190)
    expect(shop!.products[1]).toBe(shop!.products[0])
    expect(shop!.orders[1]).toBe(shop!.orders[0])
  })

  it("serves the admin, the health check and the storefront", async () => {
    expect((await fetch(`${BACKEND_URL}/health`)).status).toBe(200)
    const admin = await fetch(`${BACKEND_URL}/app/login`)
    expect(admin.status).toBe(200)
    expect(await admin.text()).toMatch(/<div id="medusa"/)
    expect((await fetch(`${STOREFRONT_URL}/`)).status).toBe(200)
  })
})
