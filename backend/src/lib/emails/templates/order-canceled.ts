import { html, oneLine } from "../format"
import {
  button,
  heading,
  itemsSummary,
  layout,
  paragraph,
  textBody,
  textItemsSummary,
} from "../layout"
import type { OrderEmailData, RenderedEmail } from "../types"

export function orderCanceled({ order, shop }: OrderEmailData): RenderedEmail {
  const intro = `Your order #${order.display_id} has been canceled, so we won't be baking it.`
  const money = order.paid
    ? "The payment you made will be refunded to your original payment method."
    : "You have not been charged."

  return {
    subject: oneLine(`Your order #${order.display_id} has been canceled`),
    html: layout({
      title: `Order #${order.display_id} canceled`,
      preheader: intro,
      shopName: shop.name,
      body: html`${heading("Your order has been canceled")}
${paragraph(intro)}
${itemsSummary(order)}
${paragraph(money)}
${paragraph("If this is a surprise, just reply to this email and we'll sort it out.")}
${button("Visit the shop", shop.storefront_url)}`,
    }),
    text: textBody([
      "Your order has been canceled",
      "",
      intro,
      "",
      ...textItemsSummary(order),
      "",
      money,
      "",
      "If this is a surprise, just reply to this email and we'll sort it out.",
      "",
      `Visit the shop: ${shop.storefront_url}`,
      "",
      `— ${shop.name}`,
    ]),
  }
}
