import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WEEKDAYS } from "@sweet-crumbs/bakery-rules/weekdays"
import { DateTime } from "luxon"
import { isReminderDue, REMINDERS_OFF_KEY, reminderHorizon, reminderSendAt } from "../../lib/reminders"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"
import type { OpeningHours } from "../../modules/scheduling/slot-calendar"

export type DueHandoverReminder = {
  order_id: string
  /** The shop's hours on the handover's day ("8:00 AM – 4:00 PM"), for pickups. */
  opening_hours: string | null
}

export const reminderKey = (orderId: string) => `handover-reminder:${orderId}`

const clock = (time: string) => DateTime.fromFormat(time, "HH:mm").toFormat("h:mm a")

function hoursOn(day: DateTime, openingHours: OpeningHours): string | null {
  const stretches = openingHours[WEEKDAYS[day.weekday - 1]] ?? []
  return stretches.length ? stretches.map((s) => `${clock(s.open)} – ${clock(s.close)}`).join(" and ") : null
}

/**
 * The orders whose evening-before reminder is due at `now` (an injectable
 * clock) and not yet recorded: handovers from now to the end of the shop's
 * tomorrow, read from the slot bookings, judged by isReminderDue. An email
 * already recorded under the order's reminder key is never listed again,
 * whichever process sent it and however often the job ran.
 */
export const listDueHandoverRemindersStep = createStep(
  "list-due-handover-reminders",
  async ({ now }: { now: string }, { container }) => {
    const at = new Date(now)
    const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
    const settings = await scheduling.retrieveShopSchedule()
    const bookings = await scheduling.listSlotBookings(
      { order_id: { $ne: null }, slot_start: { $gt: at, $lt: reminderHorizon(at, settings.timezone) } },
      { select: ["order_id", "slot_start", "type"] }
    )
    if (!bookings.length) {
      return new StepResponse([] as DueHandoverReminder[])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const orderIds = bookings.map((booking) => booking.order_id!)
    const [{ data: orders }, { data: sent }] = await Promise.all([
      query.graph({
        entity: "order",
        fields: ["id", "email", "status", "fulfillment_status", "created_at"],
        filters: { id: orderIds },
      }),
      query.graph({ entity: "notification", fields: ["idempotency_key"], filters: { idempotency_key: orderIds.map(reminderKey) } }),
    ])
    const recorded = new Set(sent.map((n: { idempotency_key?: string | null }) => n.idempotency_key))
    // Unsubscribing is per email: a guest's later order may come with a customer record of its own.
    const emails = [...new Set(orders.map((o: any) => (o.email as string | null)?.toLowerCase()).filter(Boolean))] as string[]
    const { data: customers } = emails.length
      ? await query.graph({ entity: "customer", fields: ["email", "metadata"], filters: { email: emails } })
      : { data: [] }
    const unsubscribed = new Set(
      customers.filter((c: any) => c.metadata?.[REMINDERS_OFF_KEY]).map((c: any) => (c.email as string).toLowerCase())
    )
    const sendAt = reminderSendAt()
    const due: DueHandoverReminder[] = []
    for (const booking of bookings) {
      const order: any = orders.find((o: any) => o.id === booking.order_id)
      if (!order || recorded.has(reminderKey(order.id))) {
        continue
      }
      const candidate = {
        slot_start: booking.slot_start,
        placed_at: order.created_at,
        status: order.status ?? null,
        fulfillment_status: order.fulfillment_status ?? null,
        unsubscribed: unsubscribed.has((order.email ?? "").toLowerCase()),
      }
      if (isReminderDue(candidate, at, settings.timezone, sendAt)) {
        const day = DateTime.fromJSDate(new Date(booking.slot_start), { zone: settings.timezone })
        due.push({ order_id: order.id, opening_hours: booking.type === "pickup" ? hoursOn(day, settings.opening_hours) : null })
      }
    }
    return new StepResponse(due)
  }
)
