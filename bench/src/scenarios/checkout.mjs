// Full checkouts by 1, 10 and 50 concurrent customers, then the orders counted
// in the database: every completion reported must be an order stored.
import { CHECKOUT_CUSTOMERS } from "../config.mjs"
import { countOrders } from "../db.mjs"
import { runLoad } from "../load/run-load.mjs"

/** What the virtual customers (load/customers-load.mjs) need, besides how many and how long. */
export function customersSpec({ backendOrigin, publishableKey, shop }) {
  return {
    backend: backendOrigin,
    publishableKey,
    regionId: shop.regionId,
    plainVariants: shop.plainVariants,
    cakes: shop.cakes,
    pickupOptionId: shop.pickupOptionId,
  }
}

export async function checkoutScenario({ databaseUrl, mode, processes, log, label, customerCounts = CHECKOUT_CUSTOMERS, ...context }) {
  const spec = customersSpec(context)
  log(`${label}: one warm-up order`)
  const warmup = await runLoad("checkout", { ...spec, customers: 1, seconds: 120, maxOrders: 1 })
  if (warmup.completed !== 1) throw new Error(`the warm-up checkout failed: ${warmup.errorSamples.join("; ")}`)

  const runs = []
  for (const customers of customerCounts) {
    const seconds = mode.checkoutSeconds[customers]
    log(`${label}: checkout, ${customers} customer${customers > 1 ? "s" : ""} for ${seconds}s`)
    const before = await countOrders(databaseUrl)
    const result = await runLoad("checkout", { ...spec, customers, seconds }, { processes })
    const stored = (await countOrders(databaseUrl)) - before
    runs.push({ config: label, ...result, ordersStored: stored, ordersMatch: stored === result.completed })
  }
  return runs
}
