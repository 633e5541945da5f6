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

/**
 * What the basket and checkout pages show of a cart: its lines, totals, contact and address,
 * pickup or delivery, slot and note (metadata) and payment session. Asking for any total makes
 * Medusa load what the totals need (lines, tax lines, adjustments, shipping methods) itself.
 */
export const CART_PAGE_FIELDS = [
  "id",
  "currency_code",
  "email",
  "region_id",
  "completed_at",
  "metadata",
  "item_subtotal",
  "discount_subtotal",
  "discount_total",
  "shipping_subtotal",
  "tax_total",
  "total",
  "*shipping_address",
  "shipping_methods.id",
  "shipping_methods.name",
  "shipping_methods.shipping_option_id",
  "promotions.code",
  "payment_collection.id",
  "payment_collection.payment_sessions.id",
  "payment_collection.payment_sessions.provider_id",
  "payment_collection.payment_sessions.data",
  "items.id",
  "items.thumbnail",
  "items.title",
  "items.product_title",
  "items.product_handle",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "items.metadata",
  "items.created_at",
].join(",")

/**
 * What an action reads of a cart before changing it (is there one, what is in it, which codes,
 * note and payment collection): no totals, so Medusa does not compute them for a check.
 */
export const CART_CHECK_FIELDS = [
  "id",
  "completed_at",
  "region_id",
  "metadata",
  "items.id",
  "items.quantity",
  "promotions.code",
  "payment_collection.id",
].join(",")

/**
 * What every cart change answers with: the actions only count the lines and check the codes, and
 * the page they lead to reads the cart again. Medusa's cart routes re-read the cart after each
 * change with these fields, so totals are not computed twice.
 */
export const CART_FIELDS = ["id", "items.id", "items.quantity", "promotions.code"].join(",")
