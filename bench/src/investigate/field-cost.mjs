// `node src/investigate/field-cost.mjs`: what each part of the storefront's
// product query costs, one request at a time (no concurrency), against a
// running backend. BACKEND_URL (default http://127.0.0.1:9400, the bench's) and
// PUBLISHABLE_KEY are read from the environment; RUNS (default 9) per field set.
import { PRODUCT_FIELDS } from "../../../storefront/src/lib/medusa/fields.mjs"

const backend = process.env.BACKEND_URL ?? "http://127.0.0.1:9400"
const headers = { "x-publishable-api-key": process.env.PUBLISHABLE_KEY ?? "" }
const runs = Number(process.env.RUNS ?? 9)
const all = PRODUCT_FIELDS.split(",")
const without = (...parts) => all.filter((f) => !parts.some((p) => f.includes(p))).join(",")

const FIELD_SETS = {
  "storefront's fields": PRODUCT_FIELDS,
  "- bakery_profile (our link)": without("bakery_profile"),
  "- variants.inventory_quantity": without("inventory_quantity"),
  "- images": without("images"),
  "- options": without("options"),
  "- categories, collection": without("categories", "collection"),
  "*variants.calculated_price only": "*variants.calculated_price",
  // Medusa adds calculated prices itself whenever region_id is given.
  "id,title,handle": "id,title,handle",
}

const response = await fetch(`${backend}/store/regions?fields=id`, { headers })
if (!response.ok) throw new Error(`${backend}/store/regions answered ${response.status}; set BACKEND_URL and PUBLISHABLE_KEY`)
const region = (await response.json()).regions[0].id
for (const [name, fields] of Object.entries(FIELD_SETS)) {
  const times = []
  let bytes = 0
  for (let i = 0; i < runs; i++) {
    const begin = performance.now()
    const res = await fetch(`${backend}/store/products?limit=24&region_id=${region}&fields=${encodeURIComponent(fields)}`, { headers })
    bytes = (await res.arrayBuffer()).byteLength
    times.push(performance.now() - begin)
  }
  times.sort((a, b) => a - b)
  console.log(`${name.padEnd(34)} median ${times[runs >> 1].toFixed(0).padStart(5)} ms, fastest ${times[0].toFixed(0).padStart(5)} ms, ${(bytes / 1024).toFixed(0).padStart(4)} KB`)
}
