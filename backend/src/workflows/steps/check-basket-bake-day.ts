import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"
import { bakeDayOf, findDayShortages } from "../../modules/bake-plan/bake-days"
import type { FulfillmentSlotChoice } from "../../modules/scheduling/slot-calendar"
import { basketPlanOf, loadPlanBook, noRoomError } from "../bake-plan-context"
import { retrieveBasket } from "../cart-stock-context"
import { retrieveCartForSlots } from "../fulfillment-slot-context"

/**
 * Refuses a pickup or delivery time on a day the kitchen can no longer bake
 * the basket for, with a 409 naming a day that has room. Only to fail early:
 * the booking at completion is what holds the units.
 */
export const checkBasketBakeDayStep = createStep(
  "check-basket-bake-day",
  async ({ cart_id, slot }: { cart_id: string; slot: FulfillmentSlotChoice }, { container }) => {
    const { needs } = await basketPlanOf(container, (await retrieveBasket(container, cart_id)).items)
    if (!needs.length) {
      return new StepResponse(undefined)
    }
    const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
    const date = bakeDayOf(slot.start, (await scheduling.retrieveShopSchedule()).timezone)
    const book = await loadPlanBook(container, { group_ids: needs.map((n) => n.group_id), from: date, to: date, exclude_cart_id: cart_id })
    if (findDayShortages(book, needs, date).length) {
      const { lead_time_hours } = await retrieveCartForSlots(container, cart_id)
      throw await noRoomError(container, { cart_id, needs, date, type: slot.type, lead_time_hours })
    }
    return new StepResponse(undefined)
  }
)
