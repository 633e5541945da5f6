// What the scenarios need to know about the seeded shop, read through its
// APIs, and the two changes load needs so the bakery's own limits are not what
// is measured: slot capacity and the stock of the products orders use.
import { PRODUCT_FIELDS } from "../../storefront/src/lib/medusa/fields.mjs"

// Orders spread over many products, as a day's orders do; a handful would make
// every checkout queue for the same inventory locks.
const CAKES_USED = 30
const OTHERS_USED = 60
const STOCK_FOR_LOAD = 1_000_000
// A pickup slot takes this many orders (the admin route's maximum), instead of Maya's handful.
const SLOT_CAPACITY_FOR_LOAD = 1000

export async function readShopFacts(store) {
  const { regions } = await store.get("/store/regions?fields=id,name")
  const regionId = regions[0].id
  const { product_categories } = await store.get("/store/product-categories?fields=id,handle,name&limit=100")
  const { products } = await store.get(`/store/products?limit=1000&region_id=${regionId}&fields=${encodeURIComponent(PRODUCT_FIELDS)}`)
  const inStock = (v) => v.inventory_quantity > 0
  const cakes = products.filter((p) => p.bakery_profile?.inscription_max_length && p.variants.some(inStock))
  const others = products.filter((p) => !p.bakery_profile?.inscription_max_length && p.variants.some(inStock))
  if (!cakes.length || !others.length) throw new Error("the catalog has no cake taking an inscription, or nothing else in stock")
  // Pages: the category and the product a customer is most likely to land on.
  const category = product_categories.find((c) => products.some((p) => p.categories?.some((pc) => pc.id === c.id)))
  return {
    regionId,
    categories: product_categories,
    products: products.map(({ id, handle }) => ({ id, handle })),
    samplePages: {
      category: category.handle,
      product: cakes[0].handle,
    },
    cakes: cakes.slice(0, CAKES_USED).map((p) => ({
      variant_id: p.variants.find(inStock).id,
      inscription: "Happy birthday Ana!".slice(0, p.bakery_profile.inscription_max_length),
    })),
    plainVariants: others.slice(0, OTHERS_USED).map((p) => p.variants.find(inStock).id),
  }
}

/**
 * Raises pickup capacity and the stock of the variants orders use (through
 * Maya's admin API, as she would), and finds the pickup shipping option.
 * Only ever run against the bench's own database.
 */
export async function prepareForOrders(admin, store, facts) {
  await admin.post("/admin/bakery/schedule", { pickup_capacity: SLOT_CAPACITY_FOR_LOAD })
  const variantIds = [...facts.cakes.map((c) => c.variant_id), ...facts.plainVariants]
  const { variants } = await admin.get(`/admin/product-variants?${variantIds.map((id) => `id[]=${id}`).join("&")}&fields=id,inventory_items.inventory.location_levels.*&limit=100`)
  const levels = variants.flatMap((v) => v.inventory_items.flatMap((item) => item.inventory.location_levels))
  // Available stock back to the same figure every run (orders reserve some), so the catalog,
  // and with it the storefront's pre-rendered pages, look the same at the start of each run.
  await admin.post("/admin/inventory-items/location-levels/batch", {
    update: levels.map((l) => ({ inventory_item_id: l.inventory_item_id, location_id: l.location_id, stocked_quantity: l.reserved_quantity + STOCK_FOR_LOAD })),
  })
  // Any cart will do to ask which options the region offers.
  const { cart } = await store.post("/store/carts", { region_id: facts.regionId })
  const { shipping_options } = await store.get(`/store/shipping-options?cart_id=${cart.id}`)
  const pickup = shipping_options.find((o) => o.type?.code === "pickup") ?? shipping_options.find((o) => /pickup/i.test(o.name))
  if (!pickup) throw new Error(`no pickup shipping option among ${shipping_options.map((o) => o.name).join(", ")}`)
  return { ...facts, pickupOptionId: pickup.id }
}
