import { model } from "@medusajs/framework/utils"

/**
 * Units of one group's plan a cart takes on its pickup or delivery day. It is
 * created while the cart completes (under a lock, so the plan is never
 * oversold), gets its order_id once the order exists, and is soft-deleted when
 * the order is canceled. `over_plan` marks a card payment taken before the day
 * filled up, which keeps its order beyond the plan.
 */
const BakePlanBooking = model
  .define("bake_plan_booking", {
    id: model.id({ prefix: "bkbook" }).primaryKey(),
    cart_id: model.text().index(),
    order_id: model.text().index().nullable(),
    group_id: model.text().index(),
    /** The pickup or delivery day in the shop's time zone, "YYYY-MM-DD". */
    date: model.text().index(),
    units: model.number(),
    over_plan: model.boolean().default(false),
  })
  .indexes([{ on: ["cart_id", "group_id"], unique: true, where: "deleted_at IS NULL" }])

export default BakePlanBooking
