// A customer's whole checkout in Chromium, step by step as a person does it in
// the storefront, timed per step: first one customer alone, then the same with
// virtual customers checking out through the store API in the background. The
// orders are then counted in the database: every confirmation seen and every
// background completion must be an order stored.
import os from "node:os"
import { JOURNEY_BACKGROUND_CUSTOMERS } from "../config.mjs"
import { countOrders } from "../db.mjs"
import { runLoad } from "../load/run-load.mjs"
import { settle } from "../resources.mjs"
import { customersSpec } from "./checkout.mjs"

const WARMUP_JOURNEYS = 1
// Long enough for every background customer to be mid-checkout when the first journey starts.
const BACKGROUND_RAMP_SECONDS = 5
// The background stops with the journeys; this only bounds a run whose journeys never report.
const BACKGROUND_MAX_SECONDS = 1800

export async function journeyScenario({ storefrontOrigin, chromiumPath, databaseUrl, mode, processes, log, label, ...context }) {
  const { shop } = context
  // The sample product page: a cake, with an inscription as most cake orders have.
  const product = { handle: shop.samplePages.product, inscription: shop.cakes[0].inscription }
  const tag = Math.floor(Date.now() / 1000)
  const spec = { storefront: storefrontOrigin, chromiumPath, product, journeys: mode.journeys, warmups: WARMUP_JOURNEYS, tag }
  const before = await countOrders(databaseUrl)

  log(`${label}: ${mode.journeys} customer journeys in Chromium (phone screen), alone`)
  await settle(processes)
  const alone = { loadAverage: loadAverage(), ...(await runLoad("journeys", { ...spec, firstCustomer: 0 })) }

  log(`${label}: ${mode.journeys} customer journeys with ${JOURNEY_BACKGROUND_CUSTOMERS} customers checking out through the store API`)
  await settle(processes)
  const loadAverageBefore = loadAverage()
  const stop = Promise.withResolvers()
  const background = runLoad("checkout", { ...customersSpec(context), customers: JOURNEY_BACKGROUND_CUSTOMERS, seconds: BACKGROUND_MAX_SECONDS }, { stopWhen: stop.promise })
  // Handled from the start: a background failure is reported where it is awaited, below.
  const backgroundSettled = background.catch(() => {})
  let underLoad
  try {
    await new Promise((resolve) => setTimeout(resolve, BACKGROUND_RAMP_SECONDS * 1000))
    underLoad = await runLoad("journeys", { ...spec, firstCustomer: WARMUP_JOURNEYS + mode.journeys })
  } finally {
    // The background ends with the journeys, also when they failed (that error is the one reported).
    stop.resolve()
    await backgroundSettled
  }
  const customers = await background

  const stored = (await countOrders(databaseUrl)) - before
  const expected = alone.ordersPlaced + underLoad.ordersPlaced + customers.completed
  return {
    config: label,
    product: product.handle,
    alone,
    underLoad: { loadAverage: loadAverageBefore, ...underLoad, background: customers },
    ordersStored: stored,
    ordersExpected: expected,
    ordersMatch: stored === expected,
  }
}

/** 1, 5 and 15 minute load averages: on a shared machine they say how much of it the journeys had. */
function loadAverage() {
  return os.loadavg().map((l) => Math.round(l * 100) / 100)
}
