import {
  addressLines,
  formatMoney,
  formatSlot,
  fullName,
  html,
  multiline,
  SafeHtml,
} from "./format"
import type { OrderEmail, ShopDetails } from "./types"

/*
 * Building blocks shared by the templates. Email clients (Outlook above all)
 * ignore most CSS, so layout is nested tables with inline styles and web-safe
 * fonts; the palette is a warm cream card with terracotta accents.
 */

const COLORS = {
  page: "#f6efe6",
  card: "#fffaf3",
  border: "#ead9c4",
  ink: "#4a3426",
  muted: "#8a7462",
  accent: "#b5523b",
  tint: "#fbeedd",
}
// Unquoted family names so the values need no escaping inside style="…".
const SERIF = "Georgia, Times New Roman, serif"
const SANS = "Helvetica Neue, Helvetica, Arial, sans-serif"

/** Only http(s) links go into an href; anything else is dropped. */
function safeHref(url: string): string | null {
  return /^https?:\/\//i.test(url) ? url : null
}

export function layout(input: {
  title: string
  preheader: string
  shopName: string
  body: SafeHtml
}): string {
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<title>${input.title}</title>
</head>
<body style="margin:0;padding:0;background-color:${COLORS.page};">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">${input.preheader}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:${COLORS.page};">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background-color:${COLORS.card};border:1px solid ${COLORS.border};border-radius:12px;">
<tr><td align="center" style="padding:28px 32px 8px 32px;font-family:${SERIF};font-size:26px;line-height:32px;color:${COLORS.accent};">${input.shopName}</td></tr>
<tr><td align="center" style="padding:0 32px 20px 32px;font-family:${SANS};font-size:12px;letter-spacing:2px;text-transform:uppercase;color:${COLORS.muted};">Baked fresh, made with love</td></tr>
<tr><td style="padding:0 32px 32px 32px;font-family:${SANS};font-size:15px;line-height:22px;color:${COLORS.ink};">
${input.body}
</td></tr>
</table>
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;">
<tr><td align="center" style="padding:16px 32px;font-family:${SANS};font-size:12px;line-height:18px;color:${COLORS.muted};">${input.shopName}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>`.value
}

export function heading(text: string): SafeHtml {
  return html`<h1 style="margin:0 0 12px 0;font-family:${SERIF};font-size:22px;line-height:28px;font-weight:normal;color:${COLORS.ink};">${text}</h1>`
}

export function paragraph(content: SafeHtml | string): SafeHtml {
  return html`<p style="margin:0 0 16px 0;">${content}</p>`
}

export function button(label: string, url: string): SafeHtml {
  const href = safeHref(url)
  if (!href) {
    return html``
  }
  return html`<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px 0;"><tr><td bgcolor="${COLORS.accent}" style="border-radius:6px;background-color:${COLORS.accent};"><a href="${href}" style="display:inline-block;padding:12px 24px;font-family:${SANS};font-size:15px;font-weight:bold;color:#ffffff;text-decoration:none;border-radius:6px;">${label}</a></td></tr></table>`
}

/** A line of small print ending in a link (unsubscribe); nothing when the link is not http(s). */
export function smallPrintLink(text: string, label: string, url: string): SafeHtml {
  const href = safeHref(url)
  if (!href) {
    return html``
  }
  return html`<p style="margin:16px 0 0 0;font-size:12px;line-height:18px;color:${COLORS.muted};">${text} <a href="${href}" style="color:${COLORS.muted};">${label}</a></p>`
}

/** A tinted box with a small caps label, for the slot, address and notes. */
export function infoBox(label: string, content: SafeHtml): SafeHtml {
  return html`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px 0;"><tr><td style="padding:14px 16px;background-color:${COLORS.tint};border-radius:8px;">
<div style="font-size:11px;letter-spacing:1px;text-transform:uppercase;color:${COLORS.muted};margin:0 0 4px 0;">${label}</div>
<div style="font-size:15px;line-height:22px;color:${COLORS.ink};">${content}</div>
</td></tr></table>`
}

/** Escaped lines joined with line breaks. */
export function lineBreaks(texts: string[]): SafeHtml {
  return new SafeHtml(texts.map((text) => html`${text}`.value).join("<br>"))
}

export function paymentLabel(order: OrderEmail): string {
  if (order.paid) {
    return "Paid"
  }
  if (order.slot?.type === "delivery") {
    return "Pay on delivery"
  }
  return "Pay at pickup"
}

/** Where and when the order is handed over, or null when no slot was booked. */
export function handoverLines(
  order: OrderEmail,
  shop: ShopDetails
): { label: string; when: string; where: string[] } | null {
  if (!order.slot) {
    return null
  }
  const when = formatSlot(order.slot, shop.time_zone)
  if (order.slot.type === "delivery") {
    return {
      label: "Delivery",
      when,
      where: [
        fullName(order.delivery_address),
        ...addressLines(order.delivery_address),
      ].filter(Boolean),
    }
  }
  return {
    label: "Pickup",
    when,
    where: [shop.name, ...addressLines(shop.address)],
  }
}

export function handoverBox(order: OrderEmail, shop: ShopDetails): SafeHtml {
  const handover = handoverLines(order, shop)
  if (!handover) {
    return html``
  }
  return infoBox(
    handover.label,
    html`<strong>${handover.when}</strong><br>${lineBreaks(handover.where)}`
  )
}

export function noteBox(label: string, note: string | null): SafeHtml {
  return note ? infoBox(label, multiline(note)) : html``
}

function itemRow(order: OrderEmail, item: OrderEmail["items"][number]): SafeHtml {
  const money = (amount: number) => formatMoney(amount, order.currency_code)
  return html`<tr>
<td style="padding:10px 0;border-bottom:1px solid ${COLORS.border};vertical-align:top;">
<div style="font-weight:bold;">${item.title}</div>
${item.variant_title ? html`<div style="color:${COLORS.muted};font-size:13px;">${item.variant_title}</div>` : ""}
<div style="color:${COLORS.muted};font-size:13px;">${item.quantity} × ${money(item.unit_price)}</div>
${item.inscription ? html`<div style="margin-top:4px;font-family:${SERIF};font-style:italic;">Inscription: “${multiline(item.inscription)}”</div>` : ""}
</td>
<td align="right" style="padding:10px 0 10px 12px;border-bottom:1px solid ${COLORS.border};vertical-align:top;white-space:nowrap;">${money(item.total)}</td>
</tr>`
}

function totalRow(label: string, value: string, strong = false): SafeHtml {
  const style = strong
    ? `padding:8px 0 0 0;font-size:17px;font-weight:bold;color:${COLORS.ink};`
    : `padding:4px 0 0 0;color:${COLORS.muted};`
  return html`<tr><td style="${style}">${label}</td><td align="right" style="${style}">${value}</td></tr>`
}

export function itemsAndTotals(order: OrderEmail): SafeHtml {
  const money = (amount: number) => formatMoney(amount, order.currency_code)
  return html`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 16px 0;">
${order.items.map((item) => itemRow(order, item))}
${totalRow("Subtotal", money(order.subtotal))}
${order.shipping_total > 0 || order.slot?.type === "delivery" ? totalRow("Delivery", money(order.shipping_total)) : ""}
${order.discount_total > 0 ? totalRow("Discount", money(-order.discount_total)) : ""}
${totalRow("Tax", money(order.tax_total))}
${totalRow("Total", money(order.total), true)}
${totalRow("Payment", paymentLabel(order))}
</table>`
}

/* Plain-text counterparts, for clients that show text and for screen readers. */

export function textItemsAndTotals(order: OrderEmail): string[] {
  const money = (amount: number) => formatMoney(amount, order.currency_code)
  const out: string[] = []
  for (const item of order.items) {
    const variant = item.variant_title ? ` (${item.variant_title})` : ""
    out.push(
      `- ${item.quantity} × ${item.title}${variant} @ ${money(item.unit_price)} = ${money(item.total)}`
    )
    if (item.inscription) {
      out.push(`  Inscription: "${item.inscription}"`)
    }
  }
  out.push("")
  out.push(`Subtotal: ${money(order.subtotal)}`)
  if (order.shipping_total > 0 || order.slot?.type === "delivery") {
    out.push(`Delivery: ${money(order.shipping_total)}`)
  }
  if (order.discount_total > 0) {
    out.push(`Discount: ${money(-order.discount_total)}`)
  }
  out.push(`Tax: ${money(order.tax_total)}`)
  out.push(`Total: ${money(order.total)}`)
  out.push(`Payment: ${paymentLabel(order)}`)
  return out
}

export function textHandover(order: OrderEmail, shop: ShopDetails): string[] {
  const handover = handoverLines(order, shop)
  if (!handover) {
    return []
  }
  return [`${handover.label}: ${handover.when}`, ...handover.where.map((l) => `  ${l}`), ""]
}

export function textNote(label: string, note: string | null): string[] {
  return note ? [`${label}:`, ...note.split(/\r?\n/).map((l) => `  ${l}`), ""] : []
}

/** Joins text lines and squeezes runs of blank lines left by empty sections. */
export function textBody(parts: string[]): string {
  return parts.join("\n").replace(/\n{3,}/g, "\n\n").trim() + "\n"
}

/** Items without prices, for the emails after checkout. */
export function itemsSummary(order: OrderEmail): SafeHtml {
  return html`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px 0;">
${order.items.map(
  (item) => html`<tr><td style="padding:6px 0;border-bottom:1px solid ${COLORS.border};">${item.quantity} × <strong>${item.title}</strong>${item.variant_title ? html` <span style="color:${COLORS.muted};">(${item.variant_title})</span>` : ""}${item.inscription ? html`<br><span style="font-family:${SERIF};font-style:italic;">Inscription: “${multiline(item.inscription)}”</span>` : ""}</td></tr>`
)}
</table>`
}

export function textItemsSummary(order: OrderEmail): string[] {
  return order.items.flatMap((item) => [
    `- ${item.quantity} × ${item.title}${item.variant_title ? ` (${item.variant_title})` : ""}`,
    ...(item.inscription ? [`  Inscription: "${item.inscription}"`] : []),
  ])
}
