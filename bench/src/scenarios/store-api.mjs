// Store API reads with calculated prices (`region_id`), as the issue defines
// them: a page of 24 products, a category's page and one product by handle,
// with Medusa's default fields. Then, for comparison and without a target, the
// page of 24 with the storefront's much longer field list (the query its
// pre-rendering and catalog refresh make). Requests rotate over pages,
// categories and handles as real traffic would, so a cache sees many keys.
import { API_CONNECTIONS } from "../config.mjs"
import { runLoad } from "../load/run-load.mjs"
import { PRODUCT_FIELDS } from "../../../storefront/src/lib/medusa/fields.mjs"

/** Reported for comparison; the targets are for Medusa's default fields. */
export const STOREFRONT_FIELDS_REQUEST = "products (24), storefront's fields"

export async function storeApiScenario({ backendOrigin, publishableKey, shop, mode, processes, log, label }) {
  const query = `region_id=${shop.regionId}`
  const offsets = Array.from({ length: Math.ceil(shop.products.length / 24) }, (_, i) => i * 24)
  const pages = (extra = "") => offsets.map((offset) => ({ path: `/store/products?limit=24&offset=${offset}&${query}${extra}` }))
  const requests = {
    "products (24)": { list: pages(), connections: API_CONNECTIONS },
    "products in a category (24)": { list: shop.categories.map((c) => ({ path: `/store/products?limit=24&category_id=${c.id}&${query}` })), connections: API_CONNECTIONS },
    "product by handle": { list: shop.products.map((p) => ({ path: `/store/products?handle=${p.handle}&${query}` })), connections: API_CONNECTIONS },
    [STOREFRONT_FIELDS_REQUEST]: { list: pages(`&fields=${encodeURIComponent(PRODUCT_FIELDS)}`), connections: [10] },
  }
  const runs = []
  for (const [name, { list, connections: levels }] of Object.entries(requests)) {
    for (const connections of levels) {
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
