import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { BACKEND_URL, STOREFRONT_URL } from "./support/browser"
import { EVERYDAY_PRODUCT } from "./support/shop"

/** Maya's admin login, as `npm start` keeps it (or MAYA_EMAIL / MAYA_PASSWORD). */
function adminLogin(): { email: string; password: string } | null {
  if (process.env.MAYA_EMAIL && process.env.MAYA_PASSWORD) return { email: process.env.MAYA_EMAIL, password: process.env.MAYA_PASSWORD }
  const file = path.join(process.env.SWEET_CRUMBS_DATA_DIR ?? path.resolve(import.meta.dirname, "../../.data"), "admin-login.json")
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { email: string; password: string }) : null
}

const login = adminLogin()
const describeWithAdmin = login ? describe : describe.skip
if (!login) console.warn("Skipping freshness specs: no admin login (set MAYA_EMAIL/MAYA_PASSWORD or run `npm start` once).")

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" })

async function admin<T>(token: string, route: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${BACKEND_URL}${route}`, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${route} → ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** Polls the pre-rendered page until `check` passes; the brief is 60 seconds. */
async function eventually(pagePath: string, check: (status: number, html: string) => boolean, timeoutMs = 60_000): Promise<number> {
  const started = Date.now()
  for (;;) {
    const response = await fetch(`${STOREFRONT_URL}${pagePath}`, { headers: { "cache-control": "no-cache" } })
    const html = await response.text()
    if (check(response.status, html)) return Date.now() - started
    if (Date.now() - started > timeoutMs) throw new Error(`${pagePath} did not change within ${timeoutMs / 1000}s`)
    await new Promise((resolve) => setTimeout(resolve, 2_000))
  }
}

interface AdminProduct {
  id: string
  status: string
  variants: { id: string; prices: { id: string; amount: number; currency_code: string }[] }[]
}

describeWithAdmin("catalog freshness (pre-rendered pages follow the admin within 60 s)", () => {
  let token = ""
  let product: AdminProduct
  let originalPrice = 0

  beforeAll(async () => {
    const auth = await fetch(`${BACKEND_URL}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(login),
    })
    token = ((await auth.json()) as { token: string }).token
    const { products } = await admin<{ products: AdminProduct[] }>(
      token,
      `/admin/products?handle=${EVERYDAY_PRODUCT}&fields=id,status,variants.id,variants.prices.*`,
    )
    product = products[0]!
    originalPrice = product.variants[0]!.prices.find((p) => p.currency_code === "usd")!.amount
  })

  afterAll(async () => {
    if (!token || !product) return
    const variant = product.variants[0]!
    await admin(token, `/admin/products/${product.id}/variants/${variant.id}`, {
      method: "POST",
      body: { prices: variant.prices.map((p) => ({ id: p.id, amount: p.amount, currency_code: p.currency_code })) },
    })
    await admin(token, `/admin/products/${product.id}`, { method: "POST", body: { status: "published" } })
  })

  it("shows a new price on the product page", async () => {
    const variant = product.variants[0]!
    const newPrice = Math.round((originalPrice + 1.25) * 100) / 100
    await admin(token, `/admin/products/${product.id}/variants/${variant.id}`, {
      method: "POST",
      body: {
        prices: variant.prices.map((p) => ({ id: p.id, currency_code: p.currency_code, amount: p.currency_code === "usd" ? newPrice : p.amount })),
      },
    })
    const took = await eventually(`/products/${EVERYDAY_PRODUCT}`, (status, html) => status === 200 && html.includes(usd.format(newPrice)))
    expect(took).toBeLessThanOrEqual(60_000)
  })

  it("answers 404 for an unpublished product, and brings it back when republished", async () => {
    await admin(token, `/admin/products/${product.id}`, { method: "POST", body: { status: "draft" } })
    await eventually(`/products/${EVERYDAY_PRODUCT}`, (status) => status === 404)
    await admin(token, `/admin/products/${product.id}`, { method: "POST", body: { status: "published" } })
    await eventually(`/products/${EVERYDAY_PRODUCT}`, (status) => status === 200)
  })
})
