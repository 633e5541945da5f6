/**
 * Reads what the bake plan rules need from Medusa — a basket's lines and the
 * plan items of their variants, the shop's days from the slot calendar (open,
 * closed, too soon), the plan and its bookings — so the store routes, the
 * slot choice and the completion hook judge a day from the same facts with
 * the same pure functions (src/modules/bake-plan/bake-days.ts).
 */
import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { todayIn } from "../lib/production-sheet"
import { BAKE_PLAN_MODULE } from "../modules/bake-plan"
import {
  addDays,
  basketNeeds,
  type BasketLine,
  type GroupNeed,
  listBasketDays,
  type PlanBook,
  type PlanItem,
  type ShopDay,
} from "../modules/bake-plan/bake-days"
import type BakePlanModuleService from "../modules/bake-plan/service"
import { listSlots, type FulfillmentType } from "../modules/scheduling/slot-calendar"
import { loadSlotCalendar } from "./fulfillment-slot-context"

/**
 * Codes on the 409s whose message the customer must read ("Saturday is fully
 * booked for celebration cakes — Sunday has room."); the store's error
 * handler lets them through, as it does the slot codes.
 */
export const BAKE_PLAN_CONFLICT_CODES = {
  no_room: "bake_plan_no_room",
  busy: "bake_plan_busy",
} as const

const bakePlanOf = (container: MedusaContainer): BakePlanModuleService => container.resolve(BAKE_PLAN_MODULE)

/** A basket's lines with a variant, the plan items among them and the units it needs per group. */
export async function basketPlanOf(
  container: MedusaContainer,
  items: ({ variant_id?: string | null; quantity: BigNumberInput } | null | undefined)[]
): Promise<{ lines: BasketLine[]; items: PlanItem[]; needs: GroupNeed[] }> {
  const lines = items
    .filter((item): item is { variant_id: string; quantity: BigNumberInput } => Boolean(item?.variant_id))
    .map((item) => ({ variant_id: item.variant_id, quantity: MathBN.convert(item.quantity).toNumber() }))
  const planItems = await bakePlanOf(container).listPlanItems([...new Set(lines.map((line) => line.variant_id))])
  return { lines, items: planItems, needs: basketNeeds(lines, planItems) }
}

/**
 * The shop's days from today to the booking horizon for one fulfillment type
 * and notice: open (it has times), closed (blackout or closed weekday, with
 * the reason customers see) or too soon. Also the shop's today and time zone.
 */
export async function loadShopDays(
  container: MedusaContainer,
  { type, lead_time_hours, exclude_cart_id }: { type: FulfillmentType; lead_time_hours: number; exclude_cart_id?: string }
): Promise<{ timezone: string; today: string; last_day: string; days: ShopDay[] }> {
  const { settings, calendar } = await loadSlotCalendar(container, { type, lead_time_hours, exclude_cart_id })
  const { slots, closed_days } = listSlots(calendar)
  const zone = settings.timezone
  const first = todayIn(zone, new Date(calendar.now))
  const last = addDays(first, settings.booking_horizon_days)
  // Slot times carry the shop's offset, so their first ten characters are the shop's day.
  const withTimes = new Set(slots.map((slot) => slot.start.slice(0, 10)))
  const closed = new Map(closed_days.map((day) => [day.date, day.reason]))
  const tooSoon = lead_time_hours > 0 ? `Needs ${lead_time_hours} hours' notice` : "No more times today"
  const days: ShopDay[] = []
  for (let date = first; date <= last; date = addDays(date, 1)) {
    if (closed.has(date)) {
      days.push({ date, status: "closed", reason: closed.get(date)! })
    } else {
      // An opening day without times left is one the notice (or the same-day cut-off) has passed.
      days.push(withTimes.has(date) ? { date, status: "open", reason: null } : { date, status: "too_soon", reason: tooSoon })
    }
  }
  return { timezone: zone, today: first, last_day: last, days }
}

/** The plan, its date overrides and bookings for the groups a basket or product draws on, over some days. */
export async function loadPlanBook(
  container: MedusaContainer,
  query: { group_ids: string[]; from: string; to: string; exclude_cart_id?: string }
): Promise<PlanBook> {
  if (!query.group_ids.length) {
    return { groups: [], overrides: [], booked: {} }
  }
  return bakePlanOf(container).retrievePlanBook(query)
}

/**
 * The customer's reason a basket does not fit on `date`, with the nearest
 * day that has room — the same sentence the day picker shows.
 */
export async function noRoomError(
  container: MedusaContainer,
  { cart_id, needs, date, type, lead_time_hours }: { cart_id: string; needs: GroupNeed[]; date: string; type: FulfillmentType; lead_time_hours: number }
): Promise<MedusaError> {
  const { today, last_day, days } = await loadShopDays(container, { type, lead_time_hours, exclude_cart_id: cart_id })
  const book = await loadPlanBook(container, {
    group_ids: needs.map((need) => need.group_id),
    from: today < date ? today : date,
    to: last_day > date ? last_day : date,
    exclude_cart_id: cart_id,
  })
  const asked = days.some((day) => day.date === date) ? days : [...days, { date, status: "open" as const, reason: null }]
  const judged = listBasketDays({ book, needs, days: asked, today }).find((day) => day.date === date)
  return new MedusaError(
    MedusaError.Types.CONFLICT,
    judged?.message ?? "That day can no longer take your order. Please choose another day.",
    BAKE_PLAN_CONFLICT_CODES.no_room
  )
}
