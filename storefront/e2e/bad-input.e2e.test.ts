/**
 * Property tests over the storefront's actions, as a script (not a browser)
 * would call them: whatever the fields, cookies or encoding, the answer is
 * never a 5xx and never shows a stack trace or the backend's internals.
 */
import fc from "fast-check"
import { afterAll, beforeAll, expect, it } from "vitest"
import type { Browser } from "playwright-core"
import { describeInBrowser, launchChromium, newShopper, STOREFRONT_URL } from "./support/browser"
import { addToBasket } from "./support/shop"

const RUNS = Number(process.env.BAD_INPUT_RUNS ?? 25)
const SEED = process.env.BAD_INPUT_SEED === "random" ? undefined : Number(process.env.BAD_INPUT_SEED ?? 20261201)

const ACTIONS = [
  "cart.addItem",
  "cart.updateItem",
  "cart.removeItem",
  "cart.applyPromo",
  "cart.removePromo",
  "checkout.saveDetails",
  "checkout.chooseSlot",
  "checkout.savePayment",
  "checkout.placeOrder",
  "account.login",
  "account.register",
  "account.logout",
  "account.forgotPassword",
  "account.resetPassword",
]

/** Every field name a storefront form sends, and a few it never does. */
const FIELDS = ["product_id", "quantity", "inscription", "line_id", "code", "email", "password", "first_name", "last_name", "phone", "fulfillment", "address_1", "city", "postal_code", "start", "type", "note", "provider_id", "next", "token", "confirm", "website", "__proto__", "constructor"]

const LEAK = /\bat [\w.<>]+ \(|node_modules|\.ts:\d+|\.mjs:\d+|TypeError|ReferenceError|FetchError|ECONNREFUSED|select .* from|"stack"/i

const value = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom("", "-1", "0", "1e9", "NaN", "x".repeat(20_000), "<script>alert(1)</script>", "//evil.example", "\u0000", "pickup", "pp_system_default", "prod_01UNKNOWN")
)
const fields = fc.array(fc.tuple(fc.constantFrom(...FIELDS), value), { maxLength: 8 })

describeInBrowser("storefront actions refuse bad input without breaking", () => {
  let browser: Browser
  let cartCookie = ""

  beforeAll(async () => {
    browser = await launchChromium()
    // A real basket, so the cart and checkout actions reach the backend instead of stopping early.
    const { context, page } = await newShopper(browser)
    await addToBasket(page)
    cartCookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ")
    await context.close()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it(`answers every action below 500, with or without a basket, in every encoding (${RUNS} runs each)`, async () => {
    const cookies = fc.constantFrom(cartCookie, "", "sc_cart=cart_01UNKNOWN; sc_customer=junk; sc_orders=junk.sig", "sc_cart=%00%ff")
    const encodings = fc.constantFrom("urlencoded", "multipart", "json", "garbage")
    for (const action of ACTIONS) {
      await fc.assert(
        fc.asyncProperty(fields, cookies, encodings, async (pairs, cookie, encoding) => {
          const headers: Record<string, string> = { origin: STOREFRONT_URL, cookie, accept: "application/json" }
          let body: BodyInit
          if (encoding === "multipart") {
            const form = new FormData()
            for (const [name, v] of pairs) form.append(name, v)
            body = form
          } else if (encoding === "urlencoded") {
            body = new URLSearchParams(pairs)
          } else if (encoding === "json") {
            headers["content-type"] = "application/json"
            body = JSON.stringify(Object.fromEntries(pairs))
          } else {
            headers["content-type"] = "application/x-www-form-urlencoded"
            body = "%%%&&=\u0000=%zz"
          }
          const response = await fetch(`${STOREFRONT_URL}/_actions/${action}`, { method: "POST", headers, body, redirect: "manual" })
          const text = await response.text()
          expect(response.status, `${action} ${encoding} ${JSON.stringify(pairs).slice(0, 300)} → ${response.status} ${text.slice(0, 300)}`).toBeLessThan(500)
          expect(text, `${action} leaked internals`).not.toMatch(LEAK)
        }),
        { numRuns: RUNS, endOnFailure: true, ...(SEED === undefined ? {} : { seed: SEED }) }
      )
    }
  })

  it("answers the no-JavaScript form posts (?_action=) below 500 too", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ACTIONS), fields, async (action, pairs) => {
        const response = await fetch(`${STOREFRONT_URL}/cart?_action=${action}`, {
          method: "POST",
          headers: { origin: STOREFRONT_URL, cookie: cartCookie },
          body: new URLSearchParams(pairs),
          redirect: "manual",
        })
        const text = await response.text()
        expect(response.status, `${action} ${JSON.stringify(pairs).slice(0, 300)} → ${response.status}`).toBeLessThan(500)
        expect(text).not.toMatch(LEAK)
      }),
      { numRuns: RUNS * 4, endOnFailure: true, ...(SEED === undefined ? {} : { seed: SEED }) }
    )
  })
})
