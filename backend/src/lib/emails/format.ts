import { DateTime } from "luxon"
import type { FulfillmentSlot, PostalAddress } from "./types"

export const DEFAULT_TIME_ZONE = "America/New_York"

/** HTML that is already safe to place in a document; anything else gets escaped. */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value
  }
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char])
}

type HtmlValue = SafeHtml | string | number | null | undefined | false | HtmlValue[]

function renderValue(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) {
    return ""
  }
  if (value instanceof SafeHtml) {
    return value.value
  }
  if (Array.isArray(value)) {
    return value.map(renderValue).join("")
  }
  return escapeHtml(String(value))
}

/**
 * Tagged template for email markup: every interpolated value is escaped unless
 * it is itself `SafeHtml`, so a customer's inscription can never become markup
 * because someone forgot to call `escapeHtml`.
 */
export function html(
  strings: TemplateStringsArray,
  ...values: HtmlValue[]
): SafeHtml {
  let out = strings[0]
  values.forEach((value, index) => {
    out += renderValue(value) + strings[index + 1]
  })
  return new SafeHtml(out)
}

/** Escapes text a person typed and keeps their line breaks. */
export function multiline(text: string): SafeHtml {
  return new SafeHtml(
    text
      .split(/\r?\n/)
      .map((line) => escapeHtml(line))
      .join("<br>")
  )
}

/** Collapses whitespace so typed text is safe in a one-line header. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim()
}

// Amounts are major units (12.5 is $12.50), as Medusa stores them; the emails format them like the storefront.
export { formatMoney } from "@sweet-crumbs/bakery-rules/money"

function zoned(iso: string, timeZone: string): DateTime {
  const zone = DateTime.now().setZone(timeZone).isValid
    ? timeZone
    : DEFAULT_TIME_ZONE
  return DateTime.fromISO(iso).setZone(zone).setLocale("en-US")
}

export function isValidSlot(slot: unknown): slot is FulfillmentSlot {
  if (!slot || typeof slot !== "object") {
    return false
  }
  const { type, start, end } = slot as Record<string, unknown>
  return (
    (type === "pickup" || type === "delivery") &&
    typeof start === "string" &&
    typeof end === "string" &&
    DateTime.fromISO(start).isValid &&
    DateTime.fromISO(end).isValid
  )
}

/**
 * "Saturday, July 4, 2026, 9:00 AM – 9:30 AM EDT" in the shop's zone. When a
 * slot straddles a daylight-saving change each end carries its own zone name,
 * so nobody turns up an hour early.
 */
export function formatSlot(
  slot: Pick<FulfillmentSlot, "start" | "end">,
  timeZone: string
): string {
  const start = zoned(slot.start, timeZone)
  const end = zoned(slot.end, timeZone)
  const day = "cccc, LLLL d, yyyy"
  const time = "h:mm a"

  if (!start.hasSame(end, "day")) {
    return `${start.toFormat(`${day}, ${time} ZZZZ`)} – ${end.toFormat(
      `${day}, ${time} ZZZZ`
    )}`
  }
  if (start.offset !== end.offset) {
    return `${start.toFormat(`${day}, ${time} ZZZZ`)} – ${end.toFormat(
      `${time} ZZZZ`
    )}`
  }
  return `${start.toFormat(`${day}, ${time}`)} – ${end.toFormat(
    `${time} ZZZZ`
  )}`
}

/** "Sat, Jul 4, 9:00 AM": short enough for a subject line. */
export function formatSlotShort(
  slot: Pick<FulfillmentSlot, "start">,
  timeZone: string
): string {
  return zoned(slot.start, timeZone).toFormat("ccc, LLL d, h:mm a")
}

export function fullName(address: PostalAddress | null | undefined): string {
  return [address?.first_name, address?.last_name]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(" ")
}

/** Address as display lines; the country is only named when it is not the US. */
export function addressLines(address: PostalAddress | null | undefined): string[] {
  if (!address) {
    return []
  }
  const cityLine = [
    address.city,
    [address.province, address.postal_code].filter(Boolean).join(" "),
  ]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(", ")
  const country = address.country_code?.trim().toUpperCase()
  return [
    address.company,
    address.address_1,
    address.address_2,
    cityLine,
    country && country !== "US" ? country : null,
  ]
    .map((line) => line?.trim())
    .filter((line): line is string => Boolean(line))
}

/** Joins a base URL and a path without doubling or losing the slash. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`
}
