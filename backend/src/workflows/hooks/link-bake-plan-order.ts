import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKE_PLAN_MODULE } from "../../modules/bake-plan"
import type BakePlanModuleService from "../../modules/bake-plan/service"
import type { CartOrderCreated, HookHandler } from "../hook-handlers"

/**
 * Writes the order that now exists onto the bake plan bookings taken in the
 * validate hook. completeCartWorkflow's orderCreated hook, registered in cart-workflow-hooks.ts.
 */
export const linkBakePlanOrder: HookHandler<CartOrderCreated, string[] | null> = {
  invoke: async ({ order_id, cart_id }, { container }) => {
    const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
    const bookings = await bakePlan.listBakePlanBookings({ cart_id, order_id: null }, { select: ["id"] })
    if (!bookings.length) {
      return new StepResponse(undefined, null)
    }
    const ids = bookings.map((booking) => booking.id)
    await bakePlan.updateBakePlanBookings(ids.map((id) => ({ id, order_id })))
    return new StepResponse(undefined, ids)
  },
  compensate: async (ids, { container }) => {
    if (ids?.length) {
      const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
      await bakePlan.updateBakePlanBookings(ids.map((id) => ({ id, order_id: null })))
    }
  },
}
