import { model } from "@medusajs/framework/utils"
import BakePlanGroup from "./bake-plan-group"

/** One date's own quantity for a group (Mother's Day: 40 cakes; oven repairs: 0). */
const BakePlanOverride = model.define("bake_plan_override", {
  id: model.id({ prefix: "bkovr" }).primaryKey(),
  /** Calendar day in the shop's time zone, "YYYY-MM-DD". */
  date: model.text(),
  quantity: model.number(),
  reason: model.text().nullable(),
  group: model.belongsTo(() => BakePlanGroup, { mappedBy: "overrides" }),
}).indexes([{ on: ["group_id", "date"], unique: true, where: "deleted_at IS NULL" }])

export default BakePlanOverride
