import { DateTime } from "luxon"
import { normaliseEmail, positiveWholeNumber } from "./rules"

/**
 * Pay at pickup costs nothing up front, so one person (or a script) could
 * book every pickup place. Each email address and each phone number may have
 * a few such orders open per day; card orders are not capped.
 */

export const PAY_AT_PICKUP_DAILY_CAP_DEFAULT = 3

export function payAtPickupDailyCap(env: NodeJS.ProcessEnv = process.env): number {
  return positiveWholeNumber(env, "PAY_AT_PICKUP_DAILY_CAP", PAY_AT_PICKUP_DAILY_CAP_DEFAULT)
}

/** What the rule needs to know about an order placed earlier today. */
export type PlacedOrderFacts = {
  email: string | null | undefined
  phone: string | null | undefined
  status: string
  /** Fulfillments that were not canceled: Maya has prepared (or handed over) the order. */
  has_fulfillment: boolean
  pay_at_pickup: boolean
}

export type CartContact = { email: string | null | undefined; phone: string | null | undefined }

/** Only digits count, and a US number with or without its leading 1 is the same number. */
export function normalisePhone(phone: string | null | undefined): string | null {
  const digits = (phone ?? "").replace(/\D/g, "")
  if (digits.length < 7) {
    return null
  }
  return digits.length === 11 && digits.startsWith("1") ? digits.slice(1) : digits
}

/** Open: still to be paid at the counter — not canceled, not completed, not yet fulfilled. */
export function isOpenPayAtPickupOrder(order: PlacedOrderFacts): boolean {
  return (
    order.pay_at_pickup &&
    !["canceled", "completed", "archived", "draft"].includes(order.status) &&
    !order.has_fulfillment
  )
}

/** Midnight of today in the bakery's time zone: "per day" is Maya's day, not the server's. */
export function startOfBakeryDay(now: Date, timezone: string): Date {
  return DateTime.fromJSDate(now).setZone(timezone).startOf("day").toJSDate()
}

/**
 * Who a cart counts as: its email and its phone, each as the cap compares
 * them (null when missing or too short to tell anyone apart).
 */
export function capIdentities(contact: CartContact): { email: string | null; phone: string | null } {
  return { email: normaliseEmail(contact.email), phone: normalisePhone(contact.phone) }
}

/**
 * The reason this pay-at-pickup cart must not become an order, or null. The
 * email and the phone are each counted across today's open pay-at-pickup orders.
 */
export function payAtPickupCapProblem(cart: CartContact, todaysOrders: PlacedOrderFacts[], cap: number): string | null {
  const { email, phone } = capIdentities(cart)
  const open = todaysOrders.filter(isOpenPayAtPickupOrder)
  const sameEmail = email ? open.filter((o) => normaliseEmail(o.email) === email).length : 0
  const samePhone = phone ? open.filter((o) => normalisePhone(o.phone) === phone).length : 0
  if (sameEmail < cap && samePhone < cap) {
    return null
  }
  const who = sameEmail >= cap ? "this email address" : "this phone number"
  return `You already have ${cap} pay-at-pickup ${cap === 1 ? "order" : "orders"} waiting today with ${who}, the most we hold per customer. Please call the bakery to order more today.`
}
