import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import BakeryProductModule from "../modules/bakery-product"

/**
 * Read-only link: the profile stores `product_id` itself, so no pivot table is
 * needed and `product.bakery_profile` resolves in `query.graph` and the store API.
 */
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id" },
  {
    ...BakeryProductModule.linkable.bakeryProfile.id,
    primaryKey: "product_id",
  },
  { readOnly: true }
)
