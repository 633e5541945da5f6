// Customers in Chromium on a phone-sized screen, one after another, each doing
// the whole checkout as a person does in the storefront: the product page, add
// to basket, the basket, checkout, details, a pickup time, a note and pay at
// pickup, place order. Every step is timed by the browser itself, from the
// form's submit (or the link's click) to the next page's `load` event, so the
// time Playwright takes to drive the page is not in it. Runs in its own process
// and reports per-step latencies to the parent over IPC.
import { chromium } from "playwright-core"
import { answerParent } from "./generator.mjs"
import { latencySummary } from "./stats.mjs"

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
// A phone's screen and touch, at device scale 1 so the browser's painting takes as little as
// possible of the CPU it shares with the shop.
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
const STEP_TIMEOUT_MS = 30_000
const NOTE = "Please box the cake, no candles."
const tenths = (ms) => (ms === null ? null : Math.round(ms * 10) / 10)

answerParent(journeys)
// The harness went away: Playwright closes the browser as this process exits.
process.once("disconnect", () => process.exit())

class StepError extends Error {
  constructor(step, detail) {
    super(`${step}: ${detail}`.slice(0, 300))
  }
}

/**
 * `warmups` journeys (not counted: a new browser compiles and caches) and then
 * `journeys` counted ones, each by a new visitor (own cookies) with an email and
 * phone of its own, numbered from `firstCustomer` within the run `tag` (a number).
 */
async function journeys({ storefront, chromiumPath, product, journeys, warmups, firstCustomer, tag }) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS })
  const steps = {}
  const firstByte = {}
  const errors = []
  const warmupErrors = []
  let placed = 0
  const begin = performance.now()
  try {
    for (let n = 0; n < warmups + journeys; n++) {
      const number = firstCustomer + n
      const customer = { email: `journey-${tag}-${number}@example.com`, phone: `917 ${200 + (tag % 800)} ${String(number % 10_000).padStart(4, "0")}` }
      try {
        const timings = await journey(browser, { storefront, product, customer })
        placed++
        if (n < warmups) continue
        for (const [step, { ms, firstByteMs }] of Object.entries(timings)) {
          ;(steps[step] ??= []).push(tenths(ms))
          ;(firstByte[step] ??= []).push(tenths(firstByteMs))
        }
      } catch (error) {
        placed += error.orderPlaced ? 1 : 0
        ;(n < warmups ? warmupErrors : errors).push(error.message.split("\n")[0])
      }
    }
  } finally {
    await browser.close()
  }
  const summarise = (samples) => Object.fromEntries(Object.entries(samples).map(([step, list]) => [step, latencySummary(list)]))
  return {
    journeys,
    completed: journeys - errors.length,
    failed: errors.length,
    errorSamples: [...new Set(errors)].slice(0, 5),
    warmupErrors,
    ordersPlaced: placed,
    seconds: Math.round((performance.now() - begin) / 100) / 10,
    steps: summarise(steps),
    firstByte: summarise(firstByte),
    samples: steps,
  }
}

/** One customer's checkout; the time of each step in milliseconds, and until the answer's first byte. */
async function journey(browser, { storefront, product, customer }) {
  const context = await browser.newContext({ ...PHONE, baseURL: storefront })
  context.setDefaultTimeout(STEP_TIMEOUT_MS)
  const page = await context.newPage()
  const timings = {}
  try {
    timings["product page"] = await toNextPage(page, "product page", `/products/${product.handle}`, () => page.goto(`/products/${product.handle}`, { waitUntil: "commit" }))

    if (product.inscription) await page.fill("#inscription", product.inscription)
    timings["add to basket"] = await addToBasket(page)
    timings["basket page"] = await toNextPage(page, "basket page", "/cart", () => page.click("[data-add-status] a[href='/cart']"))
    timings["checkout page"] = await toNextPage(page, "checkout page", "/checkout", () => page.getByRole("link", { name: "Checkout", exact: true }).click())

    await page.fill("#field-email", customer.email)
    await page.fill("#field-phone", customer.phone)
    await page.fill("#field-first_name", "Ana")
    await page.fill("#field-last_name", "Ruiz")
    await page.check("input[name=fulfillment][value=pickup]")
    timings["save details"] = await toNextPage(page, "save details", "/checkout?step=slot", () => page.getByRole("button", { name: "Continue to choose a time" }).click())

    await page.locator("input[name=start]:not([disabled])").first().check()
    timings["choose a slot"] = await toNextPage(page, "choose a slot", "/checkout?step=payment", () => page.getByRole("button", { name: "Continue to payment" }).click())

    await page.fill("#note", NOTE)
    await page.check("input[name=provider_id][value=pp_system_default]")
    timings["notes & payment"] = await toNextPage(page, "notes & payment", "/checkout?step=review", () => page.getByRole("button", { name: "Review your order" }).click())

    timings["place order"] = await toNextPage(page, "place order", /^\/order\/confirmed\//, () => page.click("[data-place-order] button[type=submit]"))
    const title = await page.title()
    if (!/^Order #\d+ confirmed/.test(title)) throw Object.assign(new StepError("place order", `the confirmation reads "${title}"`), { orderPlaced: true })
    return timings
  } finally {
    await context.close()
  }
}

/**
 * Runs `act` (a click that submits a form or follows a link, or a `goto`), waits
 * for the next document's `load` event and reads its Navigation Timing: from the
 * start of the navigation (the submit; a post's redirect included) to the load
 * event, and to the final response's first byte. Landing anywhere but `expected`
 * is an error naming what the page says.
 */
async function toNextPage(page, step, expected, act) {
  const loaded = page.waitForEvent("load")
  await act()
  await loaded
  const url = new URL(page.url())
  const landed = url.pathname + url.search
  if (typeof expected === "string" ? landed !== expected : !expected.test(landed)) {
    throw new StepError(step, `landed on ${landed}: ${await problemShown(page)}`)
  }
  return page.evaluate(() => {
    const [navigation] = performance.getEntriesByType("navigation")
    return { ms: navigation.loadEventStart, firstByteMs: navigation.responseStart }
  })
}

/**
 * The product page adds in place (no new page): from the submit to the
 * "View basket" link appearing, and to the first byte of the action's answer.
 */
async function addToBasket(page) {
  const answered = page.evaluate(
    (timeoutMs) =>
      new Promise((resolve, reject) => {
        const form = document.querySelector("form[data-add-to-cart]")
        let submitted = null
        document.addEventListener("submit", () => (submitted = performance.now()), { capture: true, once: true })
        const finish = (problem) => {
          observer.disconnect()
          clearTimeout(timer)
          if (problem) return reject(new Error(problem))
          const [action] = performance.getEntriesByType("resource").filter((e) => e.name.includes("/_actions/")).slice(-1)
          resolve({ ms: performance.now() - submitted, firstByteMs: action ? action.responseStart - submitted : null })
        }
        const observer = new MutationObserver(() => {
          if (submitted === null) return
          if (form.querySelector("[data-add-status] a[href='/cart']")) return finish(null)
          const problem = [...form.querySelectorAll("[data-error-for]")].map((e) => e.textContent.trim()).filter(Boolean).join(" ")
          if (problem) finish(problem)
        })
        observer.observe(form, { childList: true, subtree: true, characterData: true })
        const timer = setTimeout(() => finish(`no answer within ${timeoutMs / 1000}s`), timeoutMs)
      }),
    STEP_TIMEOUT_MS
  )
  await page.click("[data-add-button]")
  try {
    return await answered
  } catch (error) {
    throw new StepError("add to basket", error.message)
  }
}

/** What the page shows as a problem (alerts, field errors), or its title. */
function problemShown(page) {
  return page.evaluate(
    () =>
      [...document.querySelectorAll("[role=alert], .field-error")]
        .map((e) => e.textContent.trim())
        .filter(Boolean)
        .join(" ") || `"${document.title}"`
  )
}
