import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type EmailNotification, type GraphOrder, ORDER_EMAIL_FIELDS, orderEmailData, type ShopDetails } from "../../lib/emails"
import { ORDER_LINK_DAYS, orderLinkSecret, signOrderToken } from "../../lib/order-access"
import { reminderUnsubscribeToken } from "../../lib/reminders"
import { type DueHandoverReminder, reminderKey } from "./list-due-handover-reminders"

const DAY_MS = 24 * 60 * 60 * 1000

/** The customer's link to stop reminders, on the backend (no storefront page needed), or null without a secret. */
function unsubscribeUrl(email: string, secret: string | undefined): string | null {
  if (!secret) {
    return null
  }
  const base = (process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000").replace(/\/+$/, "")
  const url = new URL(`${base}/bakery/reminders/unsubscribe`)
  url.searchParams.set("email", email)
  url.searchParams.set("token", reminderUnsubscribeToken(email, secret))
  return url.toString()
}

/**
 * One reminder email per due order, rendered from the order as it is now,
 * with its signed order link and unsubscribe link, under the order's reminder
 * key (the Notification module records a key once, so two workers or a
 * restarted one never send it twice). Writes nothing.
 */
export const buildHandoverRemindersStep = createStep(
  "build-handover-reminders",
  async ({ due, shop, now }: { due: DueHandoverReminder[]; shop: ShopDetails; now: string }, { container }) => {
    if (!due.length) {
      return new StepResponse([] as EmailNotification[])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ORDER_EMAIL_FIELDS,
      filters: { id: due.map((d) => d.order_id) },
    })
    const secret = orderLinkSecret()
    const expiresAt = new Date(new Date(now).getTime() + ORDER_LINK_DAYS * DAY_MS)
    const notifications = due.flatMap(({ order_id, opening_hours }): EmailNotification[] => {
      const order = orders.find((o: any) => o.id === order_id) as unknown as GraphOrder | undefined
      const email = (order as any)?.email as string | null | undefined
      if (!order || !email) {
        return []
      }
      const data = {
        ...orderEmailData(order, shop),
        order_token: secret ? signOrderToken(order_id, expiresAt, secret) : null,
        opening_hours,
        unsubscribe_url: unsubscribeUrl(email, secret),
      }
      return [
        {
          to: email,
          channel: "email",
          template: "handover-reminder",
          data: data as unknown as Record<string, unknown>,
          trigger_type: "handover-reminder",
          resource_id: order_id,
          resource_type: "order",
          idempotency_key: reminderKey(order_id),
        },
      ]
    })
    return new StepResponse(notifications)
  }
)
