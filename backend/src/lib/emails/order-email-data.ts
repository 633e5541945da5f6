import { PAY_AT_PICKUP_PROVIDER } from "@sweet-crumbs/bakery-rules/payment-providers"
import { DateTime } from "luxon"
import { DEFAULT_TIME_ZONE, fullName, isValidSlot } from "./format"
import type {
  OrderEmail,
  OrderEmailData,
  PostalAddress,
  ShopDetails,
} from "./types"

/*
 * Turns what `query.graph` returns for an order into the plain data the
 * templates render. Kept free of Medusa imports so it is unit-tested directly;
 * the shapes below list only the fields the subscribers ask for.
 */

/** Medusa hands totals back as numbers, numeric strings or BigNumber objects. */
type Amount = number | string | { toJSON(): unknown } | null | undefined

export interface GraphOrderItem {
  title?: string | null
  product_title?: string | null
  variant_title?: string | null
  quantity?: Amount
  unit_price?: Amount
  subtotal?: Amount
  metadata?: Record<string, unknown> | null
}

export interface GraphOrder {
  id: string
  display_id?: number | null
  email?: string | null
  currency_code: string
  metadata?: Record<string, unknown> | null
  item_subtotal?: Amount
  shipping_subtotal?: Amount
  discount_subtotal?: Amount
  tax_total?: Amount
  total?: Amount
  items?: (GraphOrderItem | null)[] | null
  shipping_address?: PostalAddress | null
  billing_address?: PostalAddress | null
  customer?: {
    first_name?: string | null
    last_name?: string | null
    phone?: string | null
  } | null
  payment_collections?:
    | ({
        status?: string | null
        payments?: ({ provider_id?: string | null } | null)[] | null
      } | null)[]
    | null
}

/** The fields subscribers request so `toOrderEmail` has everything it reads. */
export const ORDER_EMAIL_FIELDS = [
  "id",
  "display_id",
  "email",
  "currency_code",
  "metadata",
  "item_subtotal",
  "shipping_subtotal",
  "discount_subtotal",
  "tax_total",
  "total",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  // An order item's quantity lives on its detail row; without it query.graph leaves quantity empty.
  "items.detail.quantity",
  "items.unit_price",
  "items.subtotal",
  "items.metadata",
  "shipping_address.*",
  "billing_address.*",
  "customer.first_name",
  "customer.last_name",
  "customer.phone",
  "payment_collections.status",
  "payment_collections.payments.provider_id",
]

export function amount(value: Amount): number {
  const raw =
    value && typeof value === "object" && typeof value.toJSON === "function"
      ? value.toJSON()
      : value
  const number = Number(raw ?? 0)
  return Number.isFinite(number) ? number : 0
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null
}

/**
 * Paid means money was taken or a card was authorized for it. The
 * system-default provider "authorizes" without charging anything, so its
 * orders are paid at the counter.
 */
export function isOrderPaid(order: Pick<GraphOrder, "payment_collections">): boolean {
  return (order.payment_collections ?? []).some((collection) => {
    if (!collection) {
      return false
    }
    if (collection.status === "completed") {
      return true
    }
    const authorized = [
      "authorized",
      "partially_authorized",
      "partially_captured",
    ].includes(collection.status ?? "")
    return (
      authorized &&
      (collection.payments ?? []).some(
        (payment) => payment?.provider_id && payment.provider_id !== PAY_AT_PICKUP_PROVIDER
      )
    )
  })
}

export function toOrderEmail(order: GraphOrder): OrderEmail {
  const slot = isValidSlot(order.metadata?.fulfillment_slot)
    ? order.metadata.fulfillment_slot
    : null
  const customerName =
    fullName(order.shipping_address) ||
    fullName(order.billing_address) ||
    fullName(order.customer) ||
    null

  return {
    id: order.id,
    display_id: order.display_id ?? 0,
    email: order.email ?? "",
    customer_name: customerName,
    phone:
      text(order.shipping_address?.phone) ??
      text(order.billing_address?.phone) ??
      text(order.customer?.phone),
    currency_code: order.currency_code,
    items: (order.items ?? [])
      .filter((item): item is GraphOrderItem => Boolean(item))
      .map((item) => ({
        title: text(item.product_title) ?? text(item.title) ?? "Item",
        variant_title: text(item.variant_title),
        quantity: amount(item.quantity),
        unit_price: amount(item.unit_price),
        total: amount(item.subtotal),
        inscription: text(item.metadata?.inscription),
      })),
    subtotal: amount(order.item_subtotal),
    shipping_total: amount(order.shipping_subtotal),
    discount_total: amount(order.discount_subtotal),
    tax_total: amount(order.tax_total),
    total: amount(order.total),
    slot: slot
      ? { type: slot.type, start: slot.start, end: slot.end }
      : null,
    delivery_address: slot?.type === "delivery" ? order.shipping_address ?? null : null,
    note: text(order.metadata?.order_note),
    paid: isOrderPaid(order),
  }
}

export interface ShopEnv {
  STOREFRONT_URL?: string
  MEDUSA_BACKEND_URL?: string
}

/**
 * The shop as the emails show it: name and address from the stock location
 * pickups are collected at, the time zone from Maya's schedule settings, links
 * from the environment.
 */
export function shopDetails(
  source: {
    location: { name?: string | null; address?: PostalAddress | null } | null
    time_zone?: string | null
  },
  env: ShopEnv
): ShopDetails {
  const zone = source.time_zone?.trim()
  const backendUrl = env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
  return {
    name: text(source.location?.name) ?? "Sweet Crumbs Bakery",
    address: source.location?.address ?? null,
    time_zone:
      zone && DateTime.now().setZone(zone).isValid ? zone : DEFAULT_TIME_ZONE,
    storefront_url: env.STOREFRONT_URL ?? "http://localhost:4321",
    admin_url: `${backendUrl.replace(/\/+$/, "")}/app`,
  }
}

export function orderEmailData(
  order: GraphOrder,
  shop: ShopDetails
): OrderEmailData {
  return { order: toOrderEmail(order), shop }
}
