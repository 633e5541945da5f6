import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import BakePlanModule from "../modules/bake-plan"

/** Read-only: a plan item stores its `variant_id`, so `bake_plan_item.product_variant` resolves in query.graph. */
export default defineLink(
  { linkable: BakePlanModule.linkable.bakePlanItem, field: "variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
