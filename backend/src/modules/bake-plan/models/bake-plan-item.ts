import { model } from "@medusajs/framework/utils"
import BakePlanGroup from "./bake-plan-group"

/**
 * A product variant sold against a group's daily plan, and how many of the
 * group's units one of it takes (a box of 12 may count as 12 cupcakes, or as
 * one box). A variant is on at most one group.
 */
const BakePlanItem = model.define("bake_plan_item", {
  id: model.id({ prefix: "bkitem" }).primaryKey(),
  product_id: model.text().index(),
  variant_id: model.text().unique(),
  units: model.number().default(1),
  /** Whether Medusa counted the variant's stock before it joined the plan, so leaving gives that back. */
  stock_managed_before: model.boolean().default(true),
  group: model.belongsTo(() => BakePlanGroup, { mappedBy: "items" }),
})

export default BakePlanItem
