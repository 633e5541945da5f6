import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { adminApi as admin, adminToken, storedLogin } from "./support/admin"
import { STOREFRONT_URL } from "./support/browser"
import { EVERYDAY_PRODUCT } from "./support/shop"

const login = storedLogin()
const describeWithAdmin = login ? describe : describe.skip
if (!login) console.warn("Skipping freshness specs: no admin login (set MAYA_EMAIL/MAYA_PASSWORD or run `npm start` once).")

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" })

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
    token = await adminToken(login!)
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
