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

export function readyForPickup({ order, shop }: OrderEmailData): RenderedEmail {
  const due = order.paid
    ? "It's already paid, so just give us your name or order number."
    : `Please bring ${formatMoney(order.total, order.currency_code)}; you pay when you pick up.`
  const intro = `Your order #${order.display_id} is boxed up and waiting for you at the counter.`

  return {
    subject: oneLine(`Your order #${order.display_id} is ready for pickup`),
    html: layout({
      title: `Order #${order.display_id} is ready`,
      preheader: intro,
      shopName: shop.name,
      body: html`${heading("Your treats are ready!")}
${paragraph(intro)}
${handoverBox(order, shop)}
${itemsSummary(order)}
${paragraph(due)}`,
    }),
    text: textBody([
      "Your treats are ready!",
      "",
      intro,
      "",
      ...textHandover(order, shop),
      ...textItemsSummary(order),
      "",
      due,
      "",
      `— ${shop.name}`,
    ]),
  }
}
