/**
 * Reads what the slot rules need from Medusa — the cart's lead time, address
 * and subtotal, Maya's settings, blackout days and bookings — so the slot
 * listing route, the slot-choice workflow and the completion hook all judge a
 * slot from the same facts with the same pure functions.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SCHEDULING_MODULE } from "../modules/scheduling"
import type { ScheduleSettings } from "../modules/scheduling/default-settings"
import { deliveryAreaProblem } from "../modules/scheduling/delivery-area"
import type SchedulingModuleService from "../modules/scheduling/service"
import type {
  FulfillmentType,
  SlotCalendarInput,
  SlotCheck,
} from "../modules/scheduling/slot-calendar"

export type CartForSlots = {
  id: string
  completed_at: string | Date | null
  currency_code: string
  item_subtotal: number
  postal_code: string | null
  metadata: Record<string, unknown> | null
  /** The longest `bakery_profile.lead_time_hours` among the cart's items (0 when none set). */
  lead_time_hours: number
}

const DAY_MS = 24 * 60 * 60 * 1000

export async function retrieveCartForSlots(
  container: MedusaContainer,
  cartId: string
): Promise<CartForSlots> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "completed_at",
      "currency_code",
      "item_subtotal",
      "metadata",
      "shipping_address.postal_code",
      "items.product.bakery_profile.lead_time_hours",
    ],
    filters: { id: cartId },
  })
  const cart = data[0] as any
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id '${cartId}' not found`)
  }
  const leadTimes = (cart.items ?? []).map(
    (item: any) => Number(item?.product?.bakery_profile?.lead_time_hours) || 0
  )
  return {
    id: cart.id,
    completed_at: cart.completed_at ?? null,
    currency_code: cart.currency_code,
    item_subtotal: Number(cart.item_subtotal ?? 0),
    postal_code: cart.shipping_address?.postal_code ?? null,
    metadata: cart.metadata ?? null,
    lead_time_hours: Math.max(0, ...leadTimes),
  }
}

/**
 * Everything `listSlots`/`checkSlot` need for one fulfillment type at `now`.
 * `excludeCartId` leaves that cart's own booking out of the counts, so a cart
 * re-checking its slot does not compete with itself.
 */
export async function loadSlotCalendar(
  container: MedusaContainer,
  {
    type,
    lead_time_hours,
    now = new Date(),
    exclude_cart_id,
  }: {
    type: FulfillmentType
    lead_time_hours: number
    now?: Date
    exclude_cart_id?: string
  }
): Promise<{ settings: ScheduleSettings; calendar: Omit<SlotCalendarInput, "from" | "to"> }> {
  const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
  const settings = await scheduling.retrieveShopSchedule()
  // A day of slack on each side covers every time zone's idea of "today".
  const from = new Date(now.getTime() - DAY_MS)
  const to = new Date(now.getTime() + (settings.booking_horizon_days + 2) * DAY_MS)
  const [blackouts, booked] = await Promise.all([
    scheduling.listBlackoutDates(
      { date: { $gte: from.toISOString().slice(0, 10) } },
      { select: ["date", "reason"] }
    ),
    scheduling.countSlotBookings(type, from, to, exclude_cart_id),
  ])
  return {
    settings,
    calendar: {
      rules: settings,
      blackout_dates: blackouts.map(({ date, reason }) => ({ date, reason })),
      now,
      lead_time_hours,
      type,
      booked,
    },
  }
}

/**
 * Codes on the 409s whose message the customer must read. Medusa's error
 * handler swaps every CONFLICT message for a generic one; the scheduling error
 * handler lets these through.
 */
export const SLOT_CONFLICT_CODES = {
  full: "fulfillment_slot_full",
  busy: "fulfillment_slot_busy",
} as const

/** Throws the customer-facing error for a failed slot check: 409 when full, 400 otherwise. */
export function throwSlotProblem(check: Extract<SlotCheck, { ok: false }>): never {
  if (check.reason === "full") {
    throw new MedusaError(MedusaError.Types.CONFLICT, check.message, SLOT_CONFLICT_CODES.full)
  }
  throw new MedusaError(MedusaError.Types.INVALID_DATA, check.message)
}

/** Throws a 400 when local delivery cannot take this cart. */
export function assertDeliverable(settings: ScheduleSettings, cart: CartForSlots): void {
  const problem = deliveryAreaProblem(settings, cart)
  if (problem) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  }
}
