import { DateTime } from "luxon"
import { html, oneLine } from "../format"
import { button, heading, layout, paragraph, textBody } from "../layout"
import type { BackInStockEmailData, RenderedEmail } from "../types"

/** "Tell me when it's back" answered: the product (and the day) can be ordered again, with a link to it. */
export function backInStock({ product_title, variant_title, date, product_url, shop_name }: BackInStockEmailData): RenderedEmail {
  const what = variant_title && variant_title !== "Default" ? `${product_title} (${variant_title})` : product_title
  const day = date ? DateTime.fromISO(date, { zone: "UTC" }).toFormat("cccc, LLLL d") : null
  const news = day ? `Good news: ${what} can be ordered for ${day} again.` : `Good news: ${what} is back.`
  const hurry = "You asked us to tell you. It may go quickly, so order soon if you'd like it."
  return {
    subject: oneLine(day ? `Back for ${day}: ${product_title}` : `It's back: ${product_title}`),
    html: layout({
      title: `${product_title} is back`,
      preheader: news,
      shopName: shop_name,
      body: html`${heading("It's back!")}
${paragraph(news)}
${paragraph(hurry)}
${button(`Order ${product_title}`, product_url)}`,
    }),
    text: textBody(["It's back!", "", news, hurry, "", product_url, "", `— ${shop_name}`]),
  }
}
