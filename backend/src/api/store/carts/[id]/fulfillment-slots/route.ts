import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listSlots } from "../../../../../modules/scheduling/slot-calendar"
import { loadSlotCalendar, retrieveCartForSlots } from "../../../../../workflows/fulfillment-slot-context"
import type { StoreGetFulfillmentSlotsType } from "./validators"

/** The pickup or delivery slots this cart can choose from, with places left, and closed days. */
export const GET = async (
  req: MedusaRequest<unknown, StoreGetFulfillmentSlotsType>,
  res: MedusaResponse
) => {
  const { type, from, to } = req.validatedQuery
  const cart = await retrieveCartForSlots(req.scope, req.params.id)
  const { calendar } = await loadSlotCalendar(req.scope, {
    type,
    lead_time_hours: cart.lead_time_hours,
    exclude_cart_id: cart.id,
  })
  const { slots, closed_days } = listSlots({ ...calendar, from, to })
  res.json({ slots, closed_days })
}
