import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { PAY_AT_PICKUP_PROVIDER } from "@sweet-crumbs/bakery-rules/payment-providers"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"
import {
  capacityFor,
  checkSlot,
  describeFullSlot,
  listSlots,
  readFulfillmentSlot,
  slotKey,
  type FulfillmentSlotChoice,
} from "../../modules/scheduling/slot-calendar"
import {
  assertDeliverable,
  loadSlotCalendar,
  retrieveCartForSlots,
  SLOT_CONFLICT_CODES,
  throwSlotProblem,
} from "../fulfillment-slot-context"
import type { HookHandler, HookInput } from "../hook-handlers"

/** How long a completion waits its turn for a busy slot before giving up. */
const LOCK_WAIT_SECONDS = 60

const isSameSlot = (booking: { type: string; slot_start: Date }, choice: FulfillmentSlotChoice) =>
  booking.type === choice.type && slotKey(booking.slot_start) === slotKey(choice.start)

/**
 * A card payment is taken at Stripe before the cart completes (the browser
 * confirms it, then the browser or Stripe's webhook completes the cart), so a
 * slot that filled up in between cannot refuse the order without leaving the
 * customer charged and orderless. Such an order keeps its slot, over capacity,
 * and the log tells Maya; if the card was not in fact paid, completion fails
 * at authorization and the compensation below gives the place back.
 */
export const paidBeforeCompletion = (cart: { payment_collection?: { payment_sessions?: { provider_id: string }[] | null } | null }) =>
  (cart.payment_collection?.payment_sessions ?? []).some((session) => session.provider_id !== PAY_AT_PICKUP_PROVIDER)

/**
 * The slot problems a card already paid is honoured through: the time is one
 * of our slots and only filled up, was blacked out, passed its cut-off or
 * notice, or left the horizon while the customer paid, so the order keeps it
 * and the log tells Maya (to bake for it or call the customer). A time that
 * was never one of our slots is refused, and reconcile-card-payments refunds the card.
 */
const HONOURED_WHEN_PAID = new Set(["full", "closed", "cutoff", "too_soon", "beyond_horizon"])

/**
 * Takes the cart's place in its pickup or delivery slot while the cart
 * completes. Counting and inserting happen under a lock on the slot (Redis
 * when REDIS_URL is set, so it holds across backend processes); a full slot
 * stops a pay-at-pickup completion with a 409 naming the nearest free time,
 * before any order exists (a card payment already taken keeps its time, see
 * HONOURED_WHEN_PAID). If a later step of completion fails, the compensation
 * gives the place back. Registered in cart-workflow-hooks.ts.
 */
export const bookFulfillmentSlot: HookHandler<HookInput<typeof completeCartWorkflow.hooks.validate>, string | null> = {
  invoke: async ({ cart }, { container }) => {
    const choice = readFulfillmentSlot(cart.metadata)
    if (!choice) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Please choose a pickup or delivery time"
      )
    }
    const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
    // A cart can be completed twice (Stripe's webhook and the browser): the
    // second run finds the first run's booking and keeps it.
    const [existing] = await scheduling.listSlotBookings({ cart_id: cart.id })
    if (existing && (existing.order_id || isSameSlot(existing, choice))) {
      return new StepResponse(undefined, null)
    }
    if (cart.completed_at) {
      return new StepResponse(undefined, null)
    }

    await assertShippingMatches(container, cart.shipping_methods ?? [], choice)
    const facts = await retrieveCartForSlots(container, cart.id)
    const calendarFor = () =>
      loadSlotCalendar(container, {
        type: choice.type,
        lead_time_hours: facts.lead_time_hours,
        exclude_cart_id: cart.id,
      })

    // The rules (lead time, blackout, opening hours, delivery area) and an
    // early "full" are checked before queueing for the lock, so the lock only
    // guards the count and the insert and customers wait as little as possible.
    const { settings, calendar } = await calendarFor()
    if (choice.type === "delivery") {
      assertDeliverable(settings, facts)
    }
    const check = checkSlot({ ...calendar, start: choice.start })
    const paid = paidBeforeCompletion(cart as any)
    if (!check.ok && !(paid && HONOURED_WHEN_PAID.has(check.reason))) {
      throwSlotProblem(check)
    }
    if (!check.ok && check.reason !== "full") {
      // "full" is told under the lock, once the count confirms it.
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(
          `Cart ${cart.id} was paid by card before its ${choice.type} time ${slotKey(choice.start)} stopped being bookable (${check.message}); its order keeps that time.`
        )
    }
    const slot = check.ok ? check.slot : choice
    const capacity = capacityFor(settings, choice.type)

    const locking = container.resolve(Modules.LOCKING)
    const bookingId = await locking
      .execute(
        `fulfillment-slot:${slot.type}:${slotKey(slot.start)}`,
        async () => {
          const at = new Date(slot.start)
          const taken = await scheduling.countSlotBookings(slot.type, at, at, cart.id)
          if ((taken[slotKey(at)] ?? 0) >= capacity) {
            if (!paid) {
              return null
            }
            container
              .resolve(ContainerRegistrationKeys.LOGGER)
              .warn(
                `The ${slot.type} slot at ${slotKey(at)} is over its capacity of ${capacity}: cart ${cart.id} was paid by card before the slot filled up, so its order keeps the slot.`
              )
          }
          if (existing) {
            // Left over from an attempt that died before compensating, for another slot.
            await scheduling.deleteSlotBookings(existing.id)
          }
          const booking = await scheduling.createSlotBookings({
            cart_id: cart.id,
            type: slot.type,
            slot_start: at,
            slot_end: new Date(slot.end),
          })
          return booking.id
        },
        { timeout: LOCK_WAIT_SECONDS }
      )
      .catch((error: Error) => {
        if (/Timed-out acquiring lock/.test(error.message)) {
          throw new MedusaError(
            MedusaError.Types.CONFLICT,
            "Lots of orders are coming in for that time right now. Please try again in a moment.",
            SLOT_CONFLICT_CODES.busy
          )
        }
        throw error
      })
    if (!bookingId) {
      // The last place went while this cart waited: suggest from the latest counts.
      const latest = await calendarFor()
      const { slots } = listSlots(latest.calendar)
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `${describeFullSlot(slots, slot.start, settings.timezone)}.`,
        SLOT_CONFLICT_CODES.full
      )
    }
    return new StepResponse(undefined, bookingId)
  },
  compensate: async (bookingId, { container }) => {
    if (!bookingId) {
      return
    }
    const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
    await scheduling.deleteSlotBookings(bookingId)
  },
}

/** A pickup slot with the delivery shipping method (or the reverse) would count against the wrong capacity. */
async function assertShippingMatches(
  container: MedusaContainer,
  shippingMethods: { shipping_option_id?: string | null }[],
  choice: FulfillmentSlotChoice
) {
  const optionIds = shippingMethods.map((m) => m.shipping_option_id).filter(Boolean) as string[]
  if (!optionIds.length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "type.code"],
    filters: { id: optionIds },
  })
  const codes = options.map((o: any) => o.type?.code)
  const other = choice.type === "pickup" ? "delivery" : "pickup"
  if (codes.includes(other)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      choice.type === "pickup"
        ? "You chose local delivery, but your time is a pickup time. Please choose a delivery time."
        : "You chose pickup at the shop, but your time is a delivery time. Please choose a pickup time."
    )
  }
}
