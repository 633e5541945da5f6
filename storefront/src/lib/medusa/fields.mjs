// Plain ESM so the storefront and the benchmarks (bench/, run by Node as is) ask Medusa for the same fields.

/** Everything a card or a product page shows, in one request per page of 100. */
export const PRODUCT_FIELDS = [
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "*variants.options",
  "*options",
  "*options.values",
  "*images",
  "*categories",
  "*collection",
  "+bakery_profile.*",
].join(",")

/**
 * What adding to the basket checks of one product: the option picker's choice, stock and the
 * inscription rule. No prices: the cart prices the line itself.
 */
export const BASKET_PRODUCT_FIELDS = [
  "id",
  "title",
  "handle",
  "*options",
  "*options.values",
  "variants.id",
  "variants.title",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "+variants.inventory_quantity",
  "*variants.options",
  "bakery_profile.*",
].join(",")

/** What the basket, the checkout and every cart change answer with. */
export const CART_FIELDS = [
  "+metadata",
  "+items.metadata",
  "*items.variant",
  "*items.variant.options",
  "*items.product",
  "*promotions",
  "*shipping_methods",
  "*payment_collection",
  "*payment_collection.payment_sessions",
].join(",")
