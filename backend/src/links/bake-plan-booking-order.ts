import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import BakePlanModule from "../modules/bake-plan"

/** Read-only: a booking stores its `order_id`, so `bake_plan_booking.order` resolves without a pivot table. */
export default defineLink(
  { linkable: BakePlanModule.linkable.bakePlanBooking, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
