import { html, oneLine } from "../format"
import {
  button,
  handoverBox,
  heading,
  itemsSummary,
  layout,
  paragraph,
  smallPrintLink,
  textBody,
  textHandover,
  textItemsSummary,
} from "../layout"
import type { HandoverReminderEmailData, RenderedEmail } from "../types"
import { orderPageUrl } from "./order-confirmation"

const STOP = "You get this because you ordered for pickup or delivery tomorrow."

/**
 * The evening before a pickup or delivery: when and where, the shop's hours
 * that day (pickup), what was ordered with its inscriptions, the order link,
 * and a link to stop these reminders.
 */
export function handoverReminder(data: HandoverReminderEmailData): RenderedEmail {
  const { order, shop, opening_hours, unsubscribe_url } = data
  const delivery = order.slot?.type === "delivery"
  const intro = delivery
    ? `Just a reminder: we're bringing your order #${order.display_id} tomorrow.`
    : `Just a reminder: your order #${order.display_id} will be waiting for you tomorrow.`
  const hours = !delivery && opening_hours ? `We're open ${opening_hours} that day.` : null
  const link = orderPageUrl(data)

  return {
    subject: oneLine(delivery ? `Your delivery tomorrow: order #${order.display_id}` : `See you tomorrow: order #${order.display_id}`),
    html: layout({
      title: `Order #${order.display_id} tomorrow`,
      preheader: intro,
      shopName: shop.name,
      body: html`${heading(delivery ? "Your delivery is tomorrow" : "See you tomorrow!")}
${paragraph(intro)}
${handoverBox(order, shop)}
${hours ? paragraph(hours) : ""}
${itemsSummary(order)}
${button("View your order", link)}
${unsubscribe_url ? smallPrintLink(STOP, "Unsubscribe from reminders", unsubscribe_url) : ""}`,
    }),
    text: textBody([
      delivery ? "Your delivery is tomorrow" : "See you tomorrow!",
      "",
      intro,
      "",
      ...textHandover(order, shop),
      ...(hours ? [hours, ""] : []),
      ...textItemsSummary(order),
      "",
      `Your order: ${link}`,
      "",
      ...(unsubscribe_url ? [`${STOP} Unsubscribe from reminders: ${unsubscribe_url}`, ""] : []),
      `— ${shop.name}`,
    ]),
  }
}
