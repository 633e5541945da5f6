import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKE_PLAN_MODULE } from "../../modules/bake-plan"
import type BakePlanModuleService from "../../modules/bake-plan/service"
import { leftBehindBefore, sortLeftBehindBookings } from "../left-behind-bookings"

/** Bake plan bookings a completion left without an order because its process died (see sortLeftBehindBookings). */
export const listAbandonedBakePlanBookingsStep = createStep(
  "list-abandoned-bake-plan-bookings",
  async (ages: { older_than_minutes: number; link_after_minutes: number }, { container }) => {
    const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
    const bookings = await bakePlan.listBakePlanBookings(
      { order_id: null, created_at: { $lt: leftBehindBefore(ages) } },
      { select: ["id", "cart_id", "created_at"] }
    )
    return new StepResponse(await sortLeftBehindBookings(container, bookings, ages))
  }
)
