import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKE_PLAN_MODULE } from "../../modules/bake-plan"
import type BakePlanModuleService from "../../modules/bake-plan/service"

/** A canceled order's bookings, or bookings by id. */
export type BakePlanBookingsToRelease = { order_id: string } | { id: string[] }

/**
 * Gives a day's bake plan units back to other customers. An order's bookings
 * are found by its order_id and by its cart, so a booking whose order link
 * was never written is given back too. Compensation restores them.
 */
export const releaseBakePlanBookingsStep = createStep(
  "release-bake-plan-bookings",
  async (filter: BakePlanBookingsToRelease, { container }) => {
    const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
    let bookings: { id: string }[]
    if ("order_id" in filter) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: carts } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: filter.order_id } })
      const cartIds = carts.map((row: { cart_id: string }) => row.cart_id)
      bookings = await bakePlan.listBakePlanBookings(
        { $or: [{ order_id: filter.order_id }, ...(cartIds.length ? [{ cart_id: cartIds }] : [])] },
        { select: ["id"] }
      )
    } else {
      bookings = await bakePlan.listBakePlanBookings({ id: filter.id }, { select: ["id"] })
    }
    const ids = bookings.map((booking) => booking.id)
    if (ids.length) {
      // Soft delete: the order keeps its history, the day's count no longer includes it.
      await bakePlan.softDeleteBakePlanBookings(ids)
    }
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
      await bakePlan.restoreBakePlanBookings(ids)
    }
  }
)
