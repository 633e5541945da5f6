import type { ILockingModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { BAKE_PLAN_MODULE } from "../../modules/bake-plan"
import { bakeDayOf, findDayShortages, type GroupNeed } from "../../modules/bake-plan/bake-days"
import type BakePlanModuleService from "../../modules/bake-plan/service"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"
import { readFulfillmentSlot } from "../../modules/scheduling/slot-calendar"
import { BAKE_PLAN_CONFLICT_CODES, basketPlanOf, loadPlanBook, noRoomError } from "../bake-plan-context"
import { retrieveCartForSlots } from "../fulfillment-slot-context"
import type { HookHandler, HookInput } from "../hook-handlers"
import { paidBeforeCompletion } from "./book-fulfillment-slot"

/** How long a completion waits its turn for a busy bake day before giving up. */
const LOCK_WAIT_SECONDS = 60

const lockKey = (groupId: string, date: string) => `bake-plan:${groupId}:${date}`

/**
 * Runs `job` holding every key, taken one inside the other in sorted order, so
 * two baskets wanting cakes and sourdough for one day queue instead of each
 * holding one group and waiting for the other.
 */
async function underLocks<T>(locking: ILockingModule, keys: string[], job: () => Promise<T>): Promise<T> {
  const [first, ...rest] = keys
  if (!first) {
    return job()
  }
  return locking.execute(first, () => underLocks(locking, rest, job), { timeout: LOCK_WAIT_SECONDS })
}

const sameBooking = (bookings: { group_id: string; date: string; units: number }[], needs: GroupNeed[], date: string) =>
  bookings.length === needs.length &&
  needs.every((need) => bookings.some((b) => b.group_id === need.group_id && b.date === date && b.units === need.units))

/**
 * Takes the basket's units of the daily bake plan for its pickup or delivery
 * day while the cart completes. Variants on the plan do not manage Medusa
 * inventory, so this is the only limit on them. Counting and inserting happen
 * under a lock per group and day (Redis when REDIS_URL is set, so it holds
 * across backend processes): customers racing for the last cakes of a
 * Saturday get exactly as many orders as the plan has room for, and the
 * others a 409 naming a day that has room, before any order exists. A card
 * payment already taken keeps its order beyond the plan (booking marked
 * over_plan, a warning in the log), as slots do. If a later step of completion
 * fails, the compensation gives the units back. Registered in cart-workflow-hooks.ts.
 */
export const bookBakePlan: HookHandler<HookInput<typeof completeCartWorkflow.hooks.validate>, string[] | null> = {
  invoke: async ({ cart }, { container }) => {
    const choice = readFulfillmentSlot(cart.metadata)
    if (!choice || cart.completed_at) {
      // No time chosen: the slot booking asks for one. Completed: the order exists.
      return new StepResponse(undefined, null)
    }
    const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
    const existing = await bakePlan.listBakePlanBookings({ cart_id: cart.id })
    if (existing.some((booking) => booking.order_id)) {
      return new StepResponse(undefined, null)
    }
    const { needs } = await basketPlanOf(container, cart.items ?? [])
    const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
    const date = bakeDayOf(choice.start, (await scheduling.retrieveShopSchedule()).timezone)
    // A cart completed twice at once (Stripe's webhook and the browser) finds the first run's booking and keeps it.
    if (sameBooking(existing, needs, date) || (!needs.length && !existing.length)) {
      return new StepResponse(undefined, null)
    }

    const groupIds = needs.map((need) => need.group_id)
    const shortagesNow = async () =>
      findDayShortages(await loadPlanBook(container, { group_ids: groupIds, from: date, to: date, exclude_cart_id: cart.id }), needs, date)
    const paid = paidBeforeCompletion(cart as any)
    const refuse = async () =>
      noRoomError(container, {
        cart_id: cart.id,
        needs,
        date,
        type: choice.type,
        lead_time_hours: (await retrieveCartForSlots(container, cart.id)).lead_time_hours,
      })
    // A day already full is told at once instead of queueing for the lock.
    if (!paid && (await shortagesNow()).length) {
      throw await refuse()
    }

    const locking: ILockingModule = container.resolve(Modules.LOCKING)
    const bookingIds = await underLocks(locking, [...groupIds].sort().map((id) => lockKey(id, date)), async () => {
      const shortages = await shortagesNow()
      if (shortages.length && !paid) {
        return null
      }
      for (const { group, planned } of shortages) {
        container
          .resolve(ContainerRegistrationKeys.LOGGER)
          .warn(
            `The bake plan for ${group.name} on ${date} (${planned} ${group.unit}) is over: cart ${cart.id} was paid by card before the day filled up, so its order keeps its ${group.unit} beyond the plan.`
          )
      }
      if (existing.length) {
        // Left over from an attempt that died before compensating, for another day or basket.
        await bakePlan.deleteBakePlanBookings(existing.map((booking) => booking.id))
      }
      const created = await bakePlan.createBakePlanBookings(
        needs.map((need) => ({
          cart_id: cart.id,
          group_id: need.group_id,
          date,
          units: need.units,
          over_plan: shortages.some((s) => s.group.id === need.group_id),
        }))
      )
      return created.map((booking) => booking.id)
    }).catch((error: Error) => {
      if (/Timed-out acquiring lock/.test(error.message)) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          "Lots of orders are coming in for that day right now. Please try again in a moment.",
          BAKE_PLAN_CONFLICT_CODES.busy
        )
      }
      throw error
    })
    if (!bookingIds) {
      // The last units went while this cart waited: the message names a day from the latest counts.
      throw await refuse()
    }
    return new StepResponse(undefined, bookingIds)
  },
  compensate: async (bookingIds, { container }) => {
    if (bookingIds?.length) {
      const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
      await bakePlan.deleteBakePlanBookings(bookingIds)
    }
  },
}
