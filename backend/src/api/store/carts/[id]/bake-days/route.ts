import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listBasketDays } from "../../../../../modules/bake-plan/bake-days"
import { readFulfillmentSlot } from "../../../../../modules/scheduling/slot-calendar"
import { basketPlanOf, loadPlanBook, loadShopDays } from "../../../../../workflows/bake-plan-context"
import { retrieveBasket } from "../../../../../workflows/cart-stock-context"
import { retrieveCartForSlots } from "../../../../../workflows/fulfillment-slot-context"
import type { StoreGetCartBakeDaysType } from "./validators"

/**
 * For the checkout's day picker, day by day from today to the booking
 * horizon: whether the kitchen can still bake this basket for that day, and
 * if not why ("Saturday is fully booked for celebration cakes — Sunday has
 * room."), with the units the basket needs and has left per bake plan group.
 */
export const GET = async (req: MedusaRequest<unknown, StoreGetCartBakeDaysType>, res: MedusaResponse) => {
  const cart = await retrieveCartForSlots(req.scope, req.params.id)
  const type = req.validatedQuery.type ?? readFulfillmentSlot(cart.metadata)?.type ?? "pickup"
  const basket = await retrieveBasket(req.scope, cart.id)
  const { needs } = await basketPlanOf(req.scope, basket.items)
  const { today, last_day, days } = await loadShopDays(req.scope, {
    type,
    lead_time_hours: cart.lead_time_hours,
    exclude_cart_id: cart.id,
  })
  const book = await loadPlanBook(req.scope, {
    group_ids: needs.map((need) => need.group_id),
    from: today,
    to: last_day,
    exclude_cart_id: cart.id,
  })
  res.json({ bake_days: listBasketDays({ book, needs, days, today }), type })
}
