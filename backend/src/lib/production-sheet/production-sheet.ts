import { DateTime } from "luxon"
import type {
  BakePlanLoad,
  BakeTotal,
  FulfillmentType,
  ProductionItem,
  ProductionOrder,
  ProductionSheet,
  ProductionSlot,
} from "./types"

/*
 * Turns what `query.graph` returns for a day's orders into Maya's production
 * sheet. Free of Medusa imports so unit tests reach it with plain objects; the
 * shapes below list only the fields the admin route asks for.
 */

/** Medusa hands quantities back as numbers, numeric strings or BigNumber objects. */
type Quantity = number | string | { toJSON(): unknown } | null | undefined

type Name = { first_name?: string | null; last_name?: string | null }

export interface SheetOrderItem {
  title?: string | null
  product_title?: string | null
  variant_title?: string | null
  variant_sku?: string | null
  quantity?: Quantity
  metadata?: Record<string, unknown> | null
}

export interface SheetOrder {
  id: string
  display_id?: number | null
  status?: string | null
  email?: string | null
  metadata?: Record<string, unknown> | null
  items?: (SheetOrderItem | null)[] | null
  customer?: (Name & { email?: string | null; phone?: string | null }) | null
  shipping_address?: (Name & { phone?: string | null }) | null
  /** The place the order holds; it, not the metadata copy, is what capacity counted. */
  slot_booking?: {
    type: FulfillmentType
    slot_start: Date | string
    slot_end: Date | string
  } | null
}

/** The fields the admin route asks `query.graph` for, so the sheet has everything it reads. */
export const PRODUCTION_ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "email",
  "metadata",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.variant_sku",
  // The ordered quantity lives on the order's item detail: without "items.detail.quantity"
  // query.graph answers "items.quantity" with nothing.
  "items.quantity",
  "items.detail.quantity",
  "items.metadata",
  "customer.first_name",
  "customer.last_name",
  "customer.email",
  "customer.phone",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "slot_booking.type",
  "slot_booking.slot_start",
  "slot_booking.slot_end",
]

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** True for a real calendar day written "YYYY-MM-DD" (so not 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  return ISO_DATE.test(value) && DateTime.fromISO(value, { zone: "UTC" }).isValid
}

/** Today's date in the shop's time zone, which is not the server's (UTC) date in the evening. */
export function todayIn(timezone: string, now: Date = new Date()): string {
  return DateTime.fromJSDate(now, { zone: timezone }).toISODate()!
}

/**
 * The instants a bake day covers, [from, to): local midnight to the next local
 * midnight, so 23 hours on the spring DST change and 25 in the autumn.
 */
export function bakeDayRange(date: string, timezone: string): { from: Date; to: Date } {
  const start = DateTime.fromISO(date, { zone: timezone }).startOf("day")
  if (!start.isValid) {
    throw new Error(`"${date}" in ${timezone} is not a day`)
  }
  return { from: start.toJSDate(), to: start.plus({ days: 1 }).toJSDate() }
}

function toNumber(value: Quantity): number {
  const raw = value && typeof value === "object" ? value.toJSON() : value
  const number = Number(raw ?? 0)
  return Number.isFinite(number) ? number : 0
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null
}

function fullName(person: Name | null | undefined): string | null {
  return text([person?.first_name, person?.last_name].map((part) => part?.trim()).filter(Boolean).join(" "))
}

const byNaturalOrder = (a: string | null, b: string | null) =>
  (a ?? "").localeCompare(b ?? "", "en", { numeric: true, sensitivity: "base" })

/** At the same time, the counter's pickups are listed before the bike's deliveries. */
const TYPE_ORDER: Record<FulfillmentType, number> = { pickup: 0, delivery: 1 }

/** Local ISO time in the shop's zone, the form the store's slot listing uses. */
function localIso(instant: Date | string, timezone: string): string {
  return DateTime.fromJSDate(new Date(instant), { zone: timezone }).toISO({ suppressMilliseconds: true })!
}

function toProductionOrder(order: SheetOrder): ProductionOrder {
  const items: ProductionItem[] = (order.items ?? [])
    .filter((item): item is SheetOrderItem => Boolean(item) && toNumber(item!.quantity) > 0)
    .map((item) => ({
      title: text(item.product_title) ?? text(item.title) ?? "Item",
      variant_title: text(item.variant_title),
      quantity: toNumber(item.quantity),
      // Kept as typed (only trimmed): the decorator pipes exactly these letters.
      inscription: text(item.metadata?.inscription),
    }))
  return {
    id: order.id,
    display_id: order.display_id ?? null,
    customer_name: fullName(order.shipping_address) ?? fullName(order.customer),
    email: text(order.email) ?? text(order.customer?.email),
    phone: text(order.shipping_address?.phone) ?? text(order.customer?.phone),
    items,
    note: text(order.metadata?.order_note),
  }
}

function bakeTotals(orders: SheetOrder[]): BakeTotal[] {
  const totals = new Map<string, BakeTotal>()
  for (const order of orders) {
    for (const item of order.items ?? []) {
      const quantity = toNumber(item?.quantity)
      if (!item || quantity <= 0) {
        continue
      }
      const total: BakeTotal = {
        product_title: text(item.product_title) ?? text(item.title) ?? "Item",
        variant_title: text(item.variant_title),
        sku: text(item.variant_sku),
        quantity: 0,
      }
      const key = JSON.stringify([total.product_title, total.variant_title, total.sku])
      const existing = totals.get(key) ?? total
      existing.quantity += quantity
      totals.set(key, existing)
    }
  }
  return [...totals.values()].sort(
    (a, b) =>
      byNaturalOrder(a.product_title, b.product_title) ||
      byNaturalOrder(a.variant_title, b.variant_title) ||
      byNaturalOrder(a.sku, b.sku)
  )
}

/**
 * Maya's sheet for one bake day: what to bake in total (by product and
 * variant) and, slot by slot, whose order it is with inscriptions and notes.
 * Orders that are canceled, hold no slot, or whose slot starts on another
 * local day are left out.
 */
export function buildProductionSheet({
  orders,
  date,
  timezone,
  bake_plan = [],
}: {
  orders: SheetOrder[]
  date: string
  timezone: string
  /** The day's planned / ordered / left per bake plan group, worked out by the bake plan's rules. */
  bake_plan?: BakePlanLoad[]
}): ProductionSheet {
  const { from, to } = bakeDayRange(date, timezone)
  const baking = orders.filter((order) => {
    if (order.status === "canceled" || !order.slot_booking) {
      return false
    }
    const start = new Date(order.slot_booking.slot_start)
    return start >= from && start < to
  })

  const slots = new Map<string, { starts: number; ends: number; slot: ProductionSlot }>()
  for (const order of baking) {
    const booking = order.slot_booking!
    const starts = new Date(booking.slot_start).getTime()
    const ends = new Date(booking.slot_end).getTime()
    const key = `${booking.type}|${starts}|${ends}`
    const entry = slots.get(key) ?? {
      starts,
      ends,
      slot: {
        start: localIso(booking.slot_start, timezone),
        end: localIso(booking.slot_end, timezone),
        type: booking.type,
        orders: [],
      },
    }
    entry.slot.orders.push(toProductionOrder(order))
    slots.set(key, entry)
  }

  return {
    date,
    timezone,
    bake_plan,
    totals: bakeTotals(baking),
    slots: [...slots.values()]
      .sort((a, b) => a.starts - b.starts || TYPE_ORDER[a.slot.type] - TYPE_ORDER[b.slot.type] || a.ends - b.ends)
      .map(({ slot }) => ({
        ...slot,
        orders: slot.orders.sort((a, b) => (a.display_id ?? 0) - (b.display_id ?? 0)),
      })),
  }
}
