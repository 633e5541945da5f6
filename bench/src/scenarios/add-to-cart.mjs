// Add-to-cart on existing carts, as the product page's form does it (the
// storefront's cart fields in the response). Requests take the carts in turn,
// so no two requests in flight touch the same cart and Medusa's per-cart lock
// never serialises them; each cart gets distinct products, a basket's worth.
import { ADD_TO_CART_CONNECTIONS } from "../config.mjs"
import { storeApi } from "../api.mjs"
import { runLoad } from "../load/run-load.mjs"
import { CART_FIELDS } from "../../../storefront/src/lib/medusa/fields.mjs"

const LINES_PER_CART = 12

export async function addToCartScenario({ backendOrigin, publishableKey, shop, mode, processes, log, label }) {
  log(`${label}: creating ${mode.addToCartCarts} carts`)
  const carts = await createCarts(storeApi(backendOrigin, publishableKey), shop.regionId, mode.addToCartCarts)
  const variants = shop.plainVariants
  const requests = []
  for (let round = 0; round < Math.min(LINES_PER_CART, variants.length); round++) {
    carts.forEach((cartId, i) =>
      requests.push({
        path: `/store/carts/${cartId}/line-items?fields=${encodeURIComponent(CART_FIELDS)}`,
        body: { variant_id: variants[(i + round) % variants.length], quantity: 1 },
      })
    )
  }
  log(`${label}: add to cart, ${ADD_TO_CART_CONNECTIONS} connections`)
  const result = await runLoad("autocannon", {
    origin: backendOrigin,
    connections: ADD_TO_CART_CONNECTIONS,
    seconds: mode.seconds,
    // No warm-up pass: it would use up the carts' first lines.
    warmupSeconds: 0,
    method: "POST",
    headers: { "x-publishable-api-key": publishableKey, "content-type": "application/json", "accept-encoding": "gzip, deflate" },
    requests,
  }, { processes })
  if (result.ok + result.non2xx > requests.length) {
    log(`${label}: add to cart ran past ${requests.length} distinct (cart, product) pairs; later requests raised quantities`)
  }
  return { config: label, carts: carts.length, ...result }
}

async function createCarts(store, regionId, count) {
  const carts = []
  // A few at a time: fast enough, and gentle on a backend that is about to be measured.
  for (let i = 0; i < count; i += 4) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(4, count - i) }, () => store.post("/store/carts", { region_id: regionId }))
    )
    carts.push(...batch.map(({ cart }) => cart.id))
  }
  return carts
}
