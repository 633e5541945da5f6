import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  checkSlot,
  type FulfillmentSlotChoice,
  type FulfillmentType,
} from "../../modules/scheduling/slot-calendar"
import {
  assertDeliverable,
  loadSlotCalendar,
  retrieveCartForSlots,
  throwSlotProblem,
} from "../fulfillment-slot-context"

export type ValidateFulfillmentSlotInput = {
  cart_id: string
  type: FulfillmentType
  start: string
}

/**
 * Checks a customer's slot choice against the cart (lead time, delivery area,
 * minimum order) and the calendar, and returns the slot in the shop's zone.
 * Capacity is checked here only to fail early; the booking at completion is
 * what holds the place.
 */
export const validateFulfillmentSlotStep = createStep(
  "validate-fulfillment-slot",
  async (input: ValidateFulfillmentSlotInput, { container }) => {
    const cart = await retrieveCartForSlots(container, input.cart_id)
    if (cart.completed_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This order has already been placed, so its time can no longer be changed here."
      )
    }
    const { settings, calendar } = await loadSlotCalendar(container, {
      type: input.type,
      lead_time_hours: cart.lead_time_hours,
      exclude_cart_id: cart.id,
    })
    if (input.type === "delivery") {
      assertDeliverable(settings, cart)
    }
    const check = checkSlot({ ...calendar, start: input.start })
    if (!check.ok) {
      throwSlotProblem(check)
    }
    const { type, start, end } = check.slot
    return new StepResponse<FulfillmentSlotChoice>({ type, start, end })
  }
)
