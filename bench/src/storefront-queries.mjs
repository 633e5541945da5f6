// The field lists the storefront asks Medusa for, so the API scenarios measure
// the queries the shop really makes. Keep in step with
// storefront/src/lib/medusa/products.ts (PRODUCT_FIELDS) and cart.ts (CART_FIELDS).

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
