// `npm run bench`: starts the shop from production builds, measures what a
// customer feels and what the shop can carry, prints the tables and writes
// bench/results/latest.{json,md}. Options:
//   --quick            every scenario for a few seconds (a harness check)
//   --only=a,b         only these scenarios: pages, api, cart, checkout, journey, lighthouse
//   --cpu-prof         servers write CPU profiles into bench/results/ (figures get slower)
//   --working-tree     build the files as they are rather than the HEAD commit
// Targets missed never fail the run. A scenario that breaks is reported and the
// others still run (exit code 1); results are saved after every scenario.
import { existsSync } from "node:fs"
import { mkdir, writeFile } from "node:fs/promises"
import path from "node:path"
import { parseArgs } from "node:util"
import { adminApi, storeApi } from "./api.mjs"
import { CHROME_PATH, MODES } from "./config.mjs"
import { machineFacts } from "./machine.mjs"
import { buildTables, resultsAsMarkdown, tablesAsText } from "./report.mjs"
import { treeRssMb } from "./resources.mjs"
import { addToCartScenario } from "./scenarios/add-to-cart.mjs"
import { checkoutScenario } from "./scenarios/checkout.mjs"
import { journeyScenario } from "./scenarios/journey.mjs"
import { lighthouseScenario } from "./scenarios/lighthouse.mjs"
import { pagesScenario } from "./scenarios/pages.mjs"
import { storeApiScenario } from "./scenarios/store-api.mjs"
import { prepareForOrders, readShopFacts } from "./shop-facts.mjs"
import { BENCH_DIR, closeShop, prepareShop, startShop, urls } from "./shop.mjs"

const SCENARIOS = ["pages", "api", "cart", "checkout", "journey", "lighthouse"]
const RESULTS_DIR = path.join(BENCH_DIR, "results")

const { values: args } = parseArgs({ options: { quick: { type: "boolean" }, only: { type: "string" }, "cpu-prof": { type: "boolean" }, "working-tree": { type: "boolean" } } })
const only = args.only ? args.only.split(",") : SCENARIOS
const unknown = only.filter((s) => !SCENARIOS.includes(s))
if (unknown.length) {
  console.error(`✗ unknown scenario ${unknown.join(", ")}; choose from ${SCENARIOS.join(", ")}`)
  process.exit(2)
}
const wants = (name) => only.includes(name)
const mode = args.quick ? MODES.quick : MODES.full
const log = (line) => console.log(`» ${line}`)
const started = Date.now()

/** Filled in as scenarios finish; saved after each one. */
let results = null
let current = null

async function shutdown(code, message) {
  if (message) console.error(`✗ ${message}`)
  if (results && message) results.failures.push(message.split("\n")[0])
  await current?.stop()
  await closeShop()
  if (results) await save({ final: true })
  process.exit(code || (results?.failures.length ? 1 : 0))
}
process.on("SIGINT", () => shutdown(130, "interrupted"))
process.on("SIGTERM", () => shutdown(143, "terminated"))

try {
  await main()
  await shutdown(0)
} catch (error) {
  await shutdown(1, error.stack ?? error.message)
}

async function main() {
  const prepared = await prepareShop({ log, workingTree: args["working-tree"] })
  results = {
    mode: args.quick ? "quick" : "full",
    complete: false,
    source: prepared.source,
    buildProblem: prepared.buildProblem,
    cpuProfiled: Boolean(args["cpu-prof"]),
    embeddedPostgres: prepared.embeddedPostgres,
    machine: await machineFacts(prepared.databaseUrl),
    notRun: [],
    failures: [],
    resources: [],
  }
  const context = { mode, log, databaseUrl: prepared.databaseUrl, publishableKey: prepared.publishableKey, backendOrigin: urls.backend }

  // Stock: the shop exactly as `npm start` runs it. Every scenario.
  const store = storeApi(urls.backend, prepared.publishableKey)
  let facts = null
  // Slot capacity and stock for load, set before the storefront starts (see startShop).
  const readyForOrders = async () => {
    facts = await prepareForOrders(await adminApi(urls.backend, prepared.login), store, facts ?? (await readShopFacts(store)))
  }
  let shop = await open({ caching: false, beforeStorefront: readyForOrders })
  results.shop = { products: facts.products.length, categories: facts.categories.length, samplePages: facts.samplePages }
  const pages = [
    { name: "home", path: "/" },
    { name: "category", path: `/categories/${facts.samplePages.category}` },
    { name: "product", path: `/products/${facts.samplePages.product}` },
  ]
  const stock = { ...context, shop: facts, processes: shop.processes, label: "stock" }
  const usage = { config: "stock", afterWarmup: await warmUp(shop, pages, facts, prepared.publishableKey), underLoad: {} }
  results.resources.push(usage)

  await scenario("pages", async () => {
    results.pages = await pagesScenario({ ...stock, storefrontOrigin: urls.storefront, pages })
    usage.underLoad.storefront = Math.max(...results.pages.filter((r) => r.connections === 100).map((r) => r.storefront.peakRssMb.storefront))
  })
  // Before orders change stock, which makes the storefront re-render those products' pages.
  await scenario("lighthouse", async () => {
    const cookie = await basketCookie(store, facts)
    results.lighthouse = await lighthouseScenario({
      log,
      runs: mode.lighthouseRuns,
      pages: [
        ...pages.map((p) => ({ name: p.name, url: `${urls.publicStorefront}${p.path}` })),
        // Kept out of search engines on purpose (noindex), which Lighthouse's SEO score counts against them.
        { name: "cart", url: `${urls.publicStorefront}/cart`, headers: { cookie }, noindex: true },
        { name: "checkout", url: `${urls.publicStorefront}/checkout`, headers: { cookie }, noindex: true },
        // Checkout without a basket is a redirect to this page.
        { name: "empty cart", url: `${urls.publicStorefront}/cart`, noindex: true },
      ],
    })
  })
  await scenario("api", async () => {
    results.storeApi = await storeApiScenario(stock)
    usage.underLoad.backend = peakBackend(results.storeApi)
  })
  await scenario("cart", async () => {
    results.addToCart = [await addToCartScenario(stock)]
  })
  await scenario("checkout", async () => {
    results.checkout = await checkoutScenario(stock)
  })
  await scenario("journey", async () => {
    results.journey = await journeyScenario({ ...stock, storefrontOrigin: urls.publicStorefront, chromiumPath: CHROME_PATH })
  })
  await shop.stop()

  // Cached: production as docker-compose.yml runs it (Redis, Medusa's caching module, API
  // server and worker processes). Backend scenarios only.
  const backendScenarios = ["api", "cart", "checkout"].filter(wants)
  const hasRedis = process.env.PATH.split(path.delimiter).some((dir) => existsSync(path.join(dir, "redis-server")))
  if (backendScenarios.length && !hasRedis) {
    results.notRun.push("cached configuration: no redis-server on this machine (apt-get install redis-server)")
  } else if (backendScenarios.length) {
    shop = await open({ caching: true, beforeStorefront: readyForOrders })
    const cached = { ...stock, processes: shop.processes, label: "cached" }
    const cachedUsage = { config: "cached", afterWarmup: await warmUp(shop, pages, facts, prepared.publishableKey), underLoad: {} }
    results.resources.push(cachedUsage)
    await scenario("api", async () => {
      const runs = await storeApiScenario(cached)
      results.storeApi = [...(results.storeApi ?? []), ...runs]
      cachedUsage.underLoad.backend = peakBackend(runs)
    })
    await scenario("cart", async () => {
      results.addToCart = [...(results.addToCart ?? []), await addToCartScenario(cached)]
    })
    // The target row (10 customers) is enough to see what Redis changes for checkout.
    await scenario("checkout", async () => {
      results.checkout = [...(results.checkout ?? []), ...(await checkoutScenario({ ...cached, customerCounts: [10] }))]
    })
    await shop.stop()
  }

  const skipped = SCENARIOS.filter((s) => !wants(s))
  if (skipped.length) results.notRun.push(`scenarios left out with --only: ${skipped.join(", ")}`)
  results.complete = true
}

/** Runs one scenario if it was asked for; a failure is recorded and the run goes on. Saves either way. */
async function scenario(name, run) {
  if (!wants(name)) return
  try {
    await run()
  } catch (error) {
    console.error(`✗ ${name}: ${error.stack ?? error.message}`)
    results.failures.push(`${name}: ${error.message.split("\n")[0]}`)
  }
  await save({ final: false })
}

async function save({ final }) {
  results.durationMinutes = Math.round((Date.now() - started) / 6000) / 10
  const tables = buildTables(results)
  await mkdir(RESULTS_DIR, { recursive: true })
  await writeFile(path.join(RESULTS_DIR, "latest.json"), JSON.stringify(results, null, 2) + "\n")
  await writeFile(path.join(RESULTS_DIR, "latest.md"), resultsAsMarkdown(results, tables))
  if (final) {
    console.log(`\n${tablesAsText(tables)}\n`)
    log(`Results in ${path.relative(process.cwd(), RESULTS_DIR) || "."}/latest.{json,md} (${results.durationMinutes} min).`)
  }
}

async function open({ caching, beforeStorefront }) {
  const cpuProf = args["cpu-prof"] ? `--cpu-prof --cpu-prof-dir=${RESULTS_DIR} --import=${path.join(import.meta.dirname, "exit-on-sigterm.mjs")}` : undefined
  const started = await startShop({ caching, nodeOptions: cpuProf, log, beforeStorefront, onCrash: (message) => shutdown(1, message) })
  current = started
  return { ...started, processes: { backend: started.backend, ...(started.worker ? { worker: started.worker } : {}), storefront: started.storefront } }
}

/**
 * A few requests down every path the scenarios use (first requests compile
 * and fill pools), then the memory both servers settle at.
 */
async function warmUp(shop, pages, facts, publishableKey) {
  for (let i = 0; i < 10; i++) {
    for (const page of pages) await (await fetch(`${urls.storefront}${page.path}`)).arrayBuffer()
    await (await fetch(`${urls.backend}/store/products?limit=24&region_id=${facts.regionId}`, { headers: { "x-publishable-api-key": publishableKey } })).arrayBuffer()
  }
  return { backend: treeRssMb(shop.backend.pid), ...(shop.worker ? { worker: treeRssMb(shop.worker.pid) } : {}), storefront: treeRssMb(shop.storefront.pid) }
}

function peakBackend(runs) {
  return Math.max(...runs.filter((r) => r.connections === 100).map((r) => r.peakRssMb.backend))
}

/** A basket with an inscribed cake and one other item, as the cart cookie the storefront sets. */
async function basketCookie(store, facts) {
  const { cart } = await store.post("/store/carts", { region_id: facts.regionId })
  const [cake] = facts.cakes
  await store.post(`/store/carts/${cart.id}/line-items`, { variant_id: cake.variant_id, quantity: 1, metadata: { inscription: cake.inscription } })
  await store.post(`/store/carts/${cart.id}/line-items`, { variant_id: facts.plainVariants[0], quantity: 2 })
  return `sc_cart=${cart.id}; sc_cart_count=3`
}
