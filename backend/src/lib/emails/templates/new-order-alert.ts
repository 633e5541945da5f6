import { formatSlotShort, html, joinUrl, oneLine } from "../format"
import {
  button,
  handoverBox,
  heading,
  infoBox,
  itemsAndTotals,
  layout,
  lineBreaks,
  noteBox,
  textBody,
  textHandover,
  textItemsAndTotals,
  textNote,
} from "../layout"
import type { OrderEmailData, RenderedEmail } from "../types"

/** Maya's heads-up that a new order landed, with everything she bakes from. */
export function newOrderAlert({ order, shop }: OrderEmailData): RenderedEmail {
  const customer = order.customer_name ?? order.email
  const when = order.slot
    ? ` — ${order.slot.type} ${formatSlotShort(order.slot, shop.time_zone)}`
    : ""
  const adminUrl = shop.admin_url
    ? joinUrl(shop.admin_url, `orders/${order.id}`)
    : null
  const contact = [order.customer_name, order.email, order.phone].filter(
    (line): line is string => Boolean(line)
  )

  return {
    subject: oneLine(`New order #${order.display_id} from ${customer}${when}`),
    html: layout({
      title: `New order #${order.display_id}`,
      preheader: `${customer}${when}`,
      shopName: shop.name,
      body: html`${heading(`New order #${order.display_id}`)}
${infoBox("Customer", lineBreaks(contact))}
${handoverBox(order, shop)}
${itemsAndTotals(order)}
${noteBox("Customer note", order.note)}
${adminUrl ? button("Open in admin", adminUrl) : ""}`,
    }),
    text: textBody([
      `New order #${order.display_id}`,
      "",
      "Customer:",
      ...contact.map((line) => `  ${line}`),
      "",
      ...textHandover(order, shop),
      ...textItemsAndTotals(order),
      "",
      ...textNote("Customer note", order.note),
      ...(adminUrl ? [`Open in admin: ${adminUrl}`] : []),
    ]),
  }
}
