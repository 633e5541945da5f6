import { formatMoney, html, oneLine } from "../format"
import {
  handoverBox,
  heading,
  itemsSummary,
  layout,
  paragraph,
  textBody,
  textHandover,
  textItemsSummary,
} from "../layout"
import type { OrderEmailData, RenderedEmail } from "../types"

export function outForDelivery({ order, shop }: OrderEmailData): RenderedEmail {
  const intro = `Your order #${order.display_id} has left the bakery and is on its way to you.`
  const due = order.paid
    ? null
    : `Please have ${formatMoney(order.total, order.currency_code)} ready; you pay on delivery.`

  return {
    subject: oneLine(`Your order #${order.display_id} is out for delivery`),
    html: layout({
      title: `Order #${order.display_id} is on its way`,
      preheader: intro,
      shopName: shop.name,
      body: html`${heading("Your order is on its way")}
${paragraph(intro)}
${handoverBox(order, shop)}
${itemsSummary(order)}
${due ? paragraph(due) : ""}`,
    }),
    text: textBody([
      "Your order is on its way",
      "",
      intro,
      "",
      ...textHandover(order, shop),
      ...textItemsSummary(order),
      "",
      ...(due ? [due, ""] : []),
      `— ${shop.name}`,
    ]),
  }
}
