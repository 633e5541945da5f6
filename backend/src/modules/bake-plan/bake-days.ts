/**
 * The daily bake plan's rules, kept free of Medusa so they can be unit-tested
 * with plain data: how many of a group the kitchen makes on a day (the
 * weekday's quantity unless a date has its own), how many units a basket
 * needs of each group, whether a day still has room, and the sentences a
 * customer reads when it has not. Days are calendar days in the shop's time
 * zone ("YYYY-MM-DD").
 */
import { WEEKDAYS, type Weekday } from "@sweet-crumbs/bakery-rules/weekdays"
import { DateTime } from "luxon"

export type WeeklyQuantities = Record<Weekday, number>

export type PlanGroup = { id: string; name: string; unit: string; weekday_quantities: WeeklyQuantities }
export type PlanOverride = { group_id: string; date: string; quantity: number; reason: string | null }
export type PlanItem = { group_id: string; variant_id: string; units: number }
export type BasketLine = { variant_id: string; quantity: number }

/** Units already booked, keyed by `bookedKey(group_id, date)`. */
export type BookedUnits = Record<string, number>

/** Everything the rules need to know about the plan for a stretch of days. */
export type PlanBook = { groups: PlanGroup[]; overrides: PlanOverride[]; booked: BookedUnits }

/** Units of a group a basket needs. */
export type GroupNeed = { group_id: string; units: number }

export const bookedKey = (groupId: string, date: string) => `${groupId}|${date}`

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

/** True for a real calendar day written "YYYY-MM-DD". */
export function isPlanDate(value: string): boolean {
  return ISO_DAY.test(value) && DateTime.fromISO(value, { zone: "UTC" }).isValid
}

export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[DateTime.fromISO(date, { zone: "UTC" }).weekday - 1]
}

/** The shop's calendar day an instant falls on (a 23:30 UTC pickup is still "today" in New York). */
export function bakeDayOf(instant: Date | string, timezone: string): string {
  return DateTime.fromJSDate(new Date(instant), { zone: timezone }).toISODate()!
}

/** The calendar day `days` after `date`. */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: "UTC" }).plus({ days }).toISODate()!
}

function overrideFor(book: Pick<PlanBook, "overrides">, groupId: string, date: string) {
  return book.overrides.find((o) => o.group_id === groupId && o.date === date) ?? null
}

/** How many units of the group the kitchen makes on `date`: the date's own quantity, else the weekday's. */
export function plannedFor(book: Pick<PlanBook, "overrides">, group: PlanGroup, date: string): number {
  return overrideFor(book, group.id, date)?.quantity ?? group.weekday_quantities[weekdayOf(date)] ?? 0
}

/** Planned, booked and left (never below 0 for customers; the sheet shows `booked` beyond it). */
export function dayLoad(book: PlanBook, group: PlanGroup, date: string) {
  const planned = plannedFor(book, group, date)
  const booked = book.booked[bookedKey(group.id, date)] ?? 0
  return { planned, booked, left: Math.max(0, planned - booked) }
}

/** Units a basket needs per group, for the lines whose variant is on the plan (sorted by group id). */
export function basketNeeds(lines: BasketLine[], items: PlanItem[]): GroupNeed[] {
  const itemOf = new Map(items.map((item) => [item.variant_id, item]))
  const needs = new Map<string, number>()
  for (const line of lines) {
    const item = itemOf.get(line.variant_id)
    if (item && line.quantity > 0) {
      needs.set(item.group_id, (needs.get(item.group_id) ?? 0) + line.quantity * item.units)
    }
  }
  return [...needs.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([group_id, units]) => ({ group_id, units }))
}

export type GroupShortage = { group: PlanGroup; planned: number; left: number; needed: number }

/** The groups whose plan on `date` has less room than the basket needs. */
export function findDayShortages(book: PlanBook, needs: GroupNeed[], date: string): GroupShortage[] {
  const shortages: GroupShortage[] = []
  for (const need of needs) {
    const group = book.groups.find((g) => g.id === need.group_id)
    if (!group) {
      continue
    }
    const { planned, left } = dayLoad(book, group, date)
    if (need.units > left) {
      shortages.push({ group, planned, left, needed: need.units })
    }
  }
  return shortages
}

/**
 * What the shop calendar says about a day, apart from the plan: open with
 * pickup or delivery times, closed (with the reason customers see), or too
 * soon for the basket's or product's notice.
 */
export type ShopDay = { date: string; status: "open" | "closed" | "too_soon"; reason: string | null }

/** "Saturday" within the coming week, "Saturday 16 May" beyond it. */
export function dayName(date: string, today: string): string {
  const day = DateTime.fromISO(date, { zone: "UTC" })
  const ahead = day.diff(DateTime.fromISO(today, { zone: "UTC" }), "days").days
  return ahead >= 0 && ahead < 7 ? day.toFormat("cccc") : day.toFormat("cccc d LLLL")
}

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1)

/** Why the basket does not fit on `date`, naming `suggestion` (a day that fits) when there is one. */
export function describeShortage(
  book: PlanBook,
  shortage: GroupShortage,
  date: string,
  today: string,
  suggestion: string | null
): string {
  const what = lowerFirst(shortage.group.name)
  const day = dayName(date, today)
  const elsewhere = suggestion ? ` — ${dayName(suggestion, today)} has room` : ""
  if (shortage.planned === 0) {
    const reason = overrideFor(book, shortage.group.id, date)?.reason
    return `We bake no ${what} on ${day}${reason ? ` (${reason})` : ""}${elsewhere}.`
  }
  if (shortage.left === 0) {
    return `${day} is fully booked for ${what}${elsewhere}.`
  }
  // Counted in the group's units, which may be boxes or loaves, so no unit noun is named.
  return `${day} has only ${shortage.left} left of its ${what} (your basket needs ${shortage.needed})${elsewhere}.`
}

export type BasketDayStatus = "fits" | "no_room" | "closed" | "too_soon"

export type BasketDay = {
  date: string
  status: BasketDayStatus
  /** Why the day cannot take the basket, for the day picker; null when it fits. */
  message: string | null
  groups: { group_id: string; name: string; unit: string; needed: number; left: number }[]
}

/** The open day nearest to `date` (later first on a tie) among `fitting`. */
function nearest(date: string, fitting: string[]): string | null {
  const at = DateTime.fromISO(date, { zone: "UTC" })
  const distance = (other: string) => Math.abs(DateTime.fromISO(other, { zone: "UTC" }).diff(at, "days").days)
  return [...fitting].sort((a, b) => distance(a) - distance(b) || (a < b ? 1 : -1))[0] ?? null
}

/**
 * For the checkout's day picker: whether each day can still bake the basket,
 * and if not, why ("Saturday is fully booked for celebration cakes — Sunday
 * has room."). Days the shop is closed or that are too soon keep the shop
 * calendar's reason.
 */
export function listBasketDays({
  book,
  needs,
  days,
  today,
}: {
  book: PlanBook
  needs: GroupNeed[]
  days: ShopDay[]
  today: string
}): BasketDay[] {
  const judged = days.map((day) => ({ day, shortages: day.status === "open" ? findDayShortages(book, needs, day.date) : [] }))
  const fitting = judged.filter(({ day, shortages }) => day.status === "open" && !shortages.length).map(({ day }) => day.date)
  return judged.map(({ day, shortages }) => {
    const groups = needs.flatMap((need) => {
      const group = book.groups.find((g) => g.id === need.group_id)
      return group ? [{ group_id: group.id, name: group.name, unit: group.unit, needed: need.units, left: dayLoad(book, group, day.date).left }] : []
    })
    if (day.status !== "open") {
      return { date: day.date, status: day.status, message: day.reason, groups }
    }
    if (!shortages.length) {
      return { date: day.date, status: "fits" as const, message: null, groups }
    }
    const message = describeShortage(book, shortages[0], day.date, today, nearest(day.date, fitting))
    return { date: day.date, status: "no_room" as const, message, groups }
  })
}

export type ProductDayStatus = "available" | "sold_out" | "not_baked" | "closed" | "too_soon"

export type ProductDay = {
  date: string
  status: ProductDayStatus
  message: string | null
  /** How many of each variant can still be ordered for the day; null when the plan does not limit it. */
  variants: { variant_id: string; left: number | null }[]
}

/**
 * For the product page: per day, how many of each variant are left ("3 left
 * for Saturday"), or why none can be had. A variant not on the plan is only
 * limited by the shop calendar (and its stock, which the store API shows).
 */
export function listProductDays({
  book,
  items,
  variant_ids,
  days,
  today,
}: {
  book: PlanBook
  items: PlanItem[]
  variant_ids: string[]
  days: ShopDay[]
  today: string
}): ProductDay[] {
  const itemOf = new Map(items.map((item) => [item.variant_id, item]))
  return days.map((day) => {
    if (day.status !== "open") {
      return { date: day.date, status: day.status, message: day.reason, variants: variant_ids.map((variant_id) => ({ variant_id, left: 0 })) }
    }
    const variants = variant_ids.map((variant_id) => {
      const item = itemOf.get(variant_id)
      const group = item && book.groups.find((g) => g.id === item.group_id)
      if (!item || !group) {
        return { variant_id, left: null, planned: null }
      }
      const { planned, left } = dayLoad(book, group, day.date)
      return { variant_id, left: Math.floor(left / Math.max(1, item.units)), planned, group }
    })
    const limited = variants.filter((v) => v.left !== null)
    const strip = variants.map(({ variant_id, left }) => ({ variant_id, left }))
    if (!limited.length || limited.length < variants.length || limited.some((v) => v.left! > 0)) {
      return { date: day.date, status: "available" as const, message: null, variants: strip }
    }
    const name = dayName(day.date, today)
    if (limited.every((v) => v.planned === 0)) {
      const group = limited[0].group!
      const reason = overrideFor(book, group.id, day.date)?.reason
      return { date: day.date, status: "not_baked" as const, message: `Not baked on ${name}${reason ? ` (${reason})` : ""}`, variants: strip }
    }
    return { date: day.date, status: "sold_out" as const, message: `Sold out for ${name}`, variants: strip }
  })
}

/** A booking as the production sheet reads it: its group, units and the order it became (if yet). */
export type SheetBooking = {
  group_id: string
  units: number
  over_plan: boolean
  order: { display_id: number | null; status: string | null } | null
}

export type DayPlanLoad = {
  group_id: string
  name: string
  unit: string
  planned: number
  /** Units of orders placed for the day. */
  ordered: number
  /** Units of checkouts still completing. */
  pending: number
  /** planned − ordered − pending; below 0 when card orders were kept beyond the plan. */
  left: number
  /** Orders kept beyond the plan because their card was charged before the day filled up. */
  over_plan_orders: number[]
}

/** Maya's planned / ordered / left per group for one day (canceled orders no longer count). */
export function dayPlanLoad({ book, bookings, date }: { book: PlanBook; bookings: SheetBooking[]; date: string }): DayPlanLoad[] {
  return [...book.groups]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((group) => {
      const own = bookings.filter((b) => b.group_id === group.id && b.order?.status !== "canceled")
      const ordered = own.filter((b) => b.order).reduce((sum, b) => sum + b.units, 0)
      const pending = own.filter((b) => !b.order).reduce((sum, b) => sum + b.units, 0)
      const planned = plannedFor(book, group, date)
      return {
        group_id: group.id,
        name: group.name,
        unit: group.unit,
        planned,
        ordered,
        pending,
        left: planned - ordered - pending,
        over_plan_orders: own
          .filter((b) => b.over_plan && b.order?.display_id != null)
          .map((b) => b.order!.display_id!)
          .sort((a, b) => a - b),
      }
    })
}
