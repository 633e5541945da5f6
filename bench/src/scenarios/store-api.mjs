// Store API reads with calculated prices: a page of 24 products, a category's
// page, and one product by handle, with the storefront's field list. Requests
// rotate over pages, categories and handles as real traffic would, so a cache
// sees many keys rather than one hot one.
import { API_CONNECTIONS } from "../config.mjs"
import { runLoad } from "../load/run-load.mjs"
import { PRODUCT_FIELDS } from "../storefront-queries.mjs"

export async function storeApiScenario({ backendOrigin, publishableKey, shop, mode, processes, log, label }) {
  const query = `region_id=${shop.regionId}&fields=${encodeURIComponent(PRODUCT_FIELDS)}`
  const offsets = Array.from({ length: Math.ceil(shop.products.length / 24) }, (_, i) => i * 24)
  const requests = {
    "products (24)": offsets.map((offset) => ({ path: `/store/products?limit=24&offset=${offset}&${query}` })),
    "products in a category (24)": shop.categories.map((c) => ({ path: `/store/products?limit=24&category_id=${c.id}&${query}` })),
    "product by handle": shop.products.map((p) => ({ path: `/store/products?handle=${p.handle}&${query}` })),
  }
  const runs = []
  for (const [name, list] of Object.entries(requests)) {
    for (const connections of API_CONNECTIONS) {
      log(`${label}: ${name}, ${connections} connections`)
      const result = await runLoad(
        "autocannon",
        {
          origin: backendOrigin,
          connections,
          seconds: mode.seconds,
          warmupSeconds: mode.warmupSeconds,
          // The storefront's server-side fetch accepts gzip, and the backend compresses.
          headers: { "x-publishable-api-key": publishableKey, "accept-encoding": "gzip, deflate" },
          requests: list,
        },
        { processes, sampleRss: connections === 100 }
      )
      runs.push({ config: label, request: name, connections, ...result })
    }
  }
  return runs
}
