// Virtual customers, each placing orders back to back through the store API the
// way the storefront's checkout does, for a fixed time or until told to stop.
// Runs in its own process and reports completions, errors and per-step
// latencies to the parent over IPC.
import { answerParent } from "./generator.mjs"
import { latencySummary } from "./stats.mjs"

answerParent(checkoutLoad)

class StepError extends Error {
  constructor(step, status, detail) {
    super(`${step}: ${status} ${detail}`.slice(0, 300))
    this.step = step
  }
}

/**
 * `customers` loops run until `seconds` have passed, `maxOrders` were begun or the
 * parent sends `{ stop: true }`; a flow under way then is finished, so every cart
 * either becomes an order or is an error.
 */
async function checkoutLoad({ backend, publishableKey, regionId, customers, seconds, maxOrders = Infinity, plainVariants, cakes, pickupOptionId }) {
  const steps = {}
  const errors = []
  let completed = 0
  let started = 0
  let deadline = performance.now() + seconds * 1000
  // Told to stop (the journey's background load ends with its journeys): flows under way finish.
  process.on("message", (message) => {
    if (message?.stop) deadline = 0
  })

  async function call(step, method, path, body) {
    const begin = performance.now()
    const response = await fetch(`${backend}${path}`, {
      method,
      headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    ;(steps[step] ??= []).push(performance.now() - begin)
    if (!response.ok) throw new StepError(step, response.status, text)
    return JSON.parse(text)
  }

  async function placeOrder(n) {
    const cake = cakes[n % cakes.length]
    const { cart } = await call("create cart", "POST", "/store/carts", { region_id: regionId })
    await call("add cake with inscription", "POST", `/store/carts/${cart.id}/line-items`, {
      variant_id: cake.variant_id,
      quantity: 1,
      metadata: { inscription: cake.inscription },
    })
    await call("add second item", "POST", `/store/carts/${cart.id}/line-items`, { variant_id: plainVariants[n % plainVariants.length], quantity: 2 })
    await call("email and address", "POST", `/store/carts/${cart.id}`, {
      email: `bench-${process.pid}-${n}@example.com`,
      shipping_address: { first_name: "Ana", last_name: "Ruiz", address_1: "77 Prospect Park West", city: "Brooklyn", province: "NY", postal_code: "11215", country_code: "us", phone: `+1 718 555 ${String(n % 10000).padStart(4, "0")}` },
    })
    const { shipping_options } = await call("list shipping options", "GET", `/store/shipping-options?cart_id=${cart.id}`)
    if (!shipping_options.some((o) => o.id === pickupOptionId)) throw new StepError("list shipping options", 200, "no pickup option offered")
    await call("choose shipping", "POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: pickupOptionId })
    const { slots } = await call("list slots", "GET", `/store/carts/${cart.id}/fulfillment-slots?type=pickup`)
    if (!slots.length) throw new StepError("list slots", 200, "no pickup slot left")
    // Customers spread over every bookable slot, as a day's orders would.
    await call("choose slot", "POST", `/store/carts/${cart.id}/fulfillment-slot`, { type: "pickup", start: slots[n % slots.length].start })
    const { payment_collection } = await call("payment collection", "POST", "/store/payment-collections", { cart_id: cart.id })
    await call("pay at pickup", "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
    const result = await call("complete", "POST", `/store/carts/${cart.id}/complete`, {})
    if (result.type !== "order") throw new StepError("complete", 200, JSON.stringify(result.error ?? result))
  }

  async function customer() {
    while (performance.now() < deadline && started < maxOrders) {
      const begin = performance.now()
      try {
        await placeOrder(started++)
        completed++
        ;(steps["whole checkout"] ??= []).push(performance.now() - begin)
      } catch (error) {
        errors.push(error.step ? error.message : `network: ${error.message}`)
      }
    }
  }

  const begin = performance.now()
  await Promise.all(Array.from({ length: customers }, customer))
  const elapsed = (performance.now() - begin) / 1000
  return {
    customers,
    seconds: Math.round(elapsed * 10) / 10,
    completed,
    ordersPerSecond: completed / elapsed,
    errors: errors.length,
    errorSamples: [...new Set(errors)].slice(0, 5),
    latency: Object.fromEntries(Object.entries(steps).map(([step, samples]) => [step, latencySummary(samples)])),
  }
}
