import { formatSlotShort, html, joinUrl, oneLine } from "../format"
import {
  button,
  handoverBox,
  heading,
  itemsAndTotals,
  layout,
  noteBox,
  paragraph,
  textBody,
  textHandover,
  textItemsAndTotals,
  textNote,
} from "../layout"
import type { OrderEmailData, RenderedEmail } from "../types"

/** The storefront's order page; with the signed token it opens without signing in, until the token expires. */
export function orderPageUrl({ order, shop, order_token }: OrderEmailData): string {
  const url = new URL(joinUrl(shop.storefront_url, `order/confirmed/${order.id}`))
  if (order_token) url.searchParams.set("token", order_token)
  return url.toString()
}

export function orderConfirmation(data: OrderEmailData): RenderedEmail {
  const { order, shop } = data
  const orderUrl = orderPageUrl(data)
  const greeting = order.customer_name
    ? `Thank you, ${order.customer_name}!`
    : "Thank you for your order!"
  const when = order.slot
    ? ` See you ${order.slot.type === "delivery" ? "at your door" : "at the shop"} on ${formatSlotShort(order.slot, shop.time_zone)}.`
    : ""

  return {
    subject: oneLine(`Your ${shop.name} order #${order.display_id} is confirmed`),
    html: layout({
      title: `Order #${order.display_id} confirmed`,
      preheader: `We've got your order #${order.display_id}.${when}`,
      shopName: shop.name,
      body: html`${heading(greeting)}
${paragraph(`We've received your order #${order.display_id} and it's on our baking list.`)}
${handoverBox(order, shop)}
${itemsAndTotals(order)}
${noteBox("Your note", order.note)}
${button("View your order", orderUrl)}
${paragraph("Questions about your order? Just reply to this email.")}`,
    }),
    text: textBody([
      greeting,
      "",
      `We've received your order #${order.display_id} and it's on our baking list.`,
      "",
      ...textHandover(order, shop),
      ...textItemsAndTotals(order),
      "",
      ...textNote("Your note", order.note),
      `View your order: ${orderUrl}`,
      "",
      "Questions about your order? Just reply to this email.",
      "",
      `— ${shop.name}`,
    ]),
  }
}
