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
