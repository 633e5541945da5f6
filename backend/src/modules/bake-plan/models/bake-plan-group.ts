import { model } from "@medusajs/framework/utils"
import type { WeeklyQuantities } from "../bake-days"
import BakePlanItem from "./bake-plan-item"
import BakePlanOverride from "./bake-plan-override"

/**
 * Something the kitchen makes a set amount of each day ("Celebration cakes",
 * "Sourdough", "Cupcakes"), counted in a unit Maya chooses, with a quantity
 * per weekday and overrides for single dates.
 */
const BakePlanGroup = model.define("bake_plan_group", {
  id: model.id({ prefix: "bkplan" }).primaryKey(),
  name: model.text().unique(),
  /** What the quantities count, plural: "cakes", "loaves", "cupcakes", "boxes". */
  unit: model.text(),
  weekday_quantities: model.json<WeeklyQuantities>(),
  items: model.hasMany(() => BakePlanItem, { mappedBy: "group" }),
  overrides: model.hasMany(() => BakePlanOverride, { mappedBy: "group" }),
})

export default BakePlanGroup
