/**
 * Pickup and delivery slot maths for the bakery, kept free of Medusa so the
 * rules can be unit-tested with a fixed clock. Slots are wall-clock times in
 * the shop's time zone: "07:00" is 07:00 in New York on every day of the
 * year, whichever side of a daylight-saving change it falls on.
 */
import { WEEKDAYS, type Weekday } from "@sweet-crumbs/bakery-rules/weekdays"
import { DateTime } from "luxon"

export const FULFILLMENT_TYPES = ["pickup", "delivery"] as const
export type FulfillmentType = (typeof FULFILLMENT_TYPES)[number]

/** One stretch of opening hours, "HH:mm" wall-clock times in the shop's zone. */
export type OpeningWindow = { open: string; close: string }
export type OpeningHours = Record<Weekday, OpeningWindow[]>

export type BlackoutDate = { date: string; reason: string }

/** The part of the schedule settings that decides which slots exist. */
export type ScheduleRules = {
  timezone: string
  slot_minutes: number
  pickup_capacity: number
  delivery_capacity: number
  /** "HH:mm" after which today's slots are no longer offered; null = no cut-off. */
  same_day_cutoff: string | null
  /** How many days after today customers may book (today + N is the last day). */
  booking_horizon_days: number
  opening_hours: OpeningHours
}

export type Slot = {
  start: string
  end: string
  type: FulfillmentType
  remaining: number
}

export type ClosedDay = { date: string; reason: string }

/** What the cart (and then the order) keeps in `metadata.fulfillment_slot`. */
export type FulfillmentSlotChoice = { type: FulfillmentType; start: string; end: string }

export type SlotCalendarInput = {
  rules: ScheduleRules
  blackout_dates: BlackoutDate[]
  now: Date | string
  /** The longest lead time among the cart's cakes. */
  lead_time_hours: number
  type: FulfillmentType
  /** Bookings already taken, keyed by `slotKey(start)`. */
  booked: Record<string, number>
  /** First and last day to list ("YYYY-MM-DD" in the shop's zone); default today → horizon. */
  from?: string
  to?: string
}

export type SlotCheck =
  | { ok: true; slot: Slot }
  | {
      ok: false
      reason:
        | "invalid"
        | "closed"
        | "too_soon"
        | "cutoff"
        | "beyond_horizon"
        | "not_a_slot"
        | "full"
      message: string
    }

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/

/** Minutes after midnight for an "HH:mm" clock time. */
export function clockMinutes(clock: string): number {
  const match = CLOCK.exec(clock)
  if (!match) {
    throw new Error(`"${clock}" is not an HH:mm time`)
  }
  return Number(match[1]) * 60 + Number(match[2])
}

export function isClockTime(value: string): boolean {
  return CLOCK.test(value)
}

/** The slot a cart's metadata names, or null when there is none (or it was tampered with). */
export function readFulfillmentSlot(
  metadata: Record<string, unknown> | null | undefined
): FulfillmentSlotChoice | null {
  const value = metadata?.fulfillment_slot as Partial<FulfillmentSlotChoice> | undefined
  if (
    !value ||
    !FULFILLMENT_TYPES.includes(value.type as FulfillmentType) ||
    typeof value.start !== "string" ||
    typeof value.end !== "string"
  ) {
    return null
  }
  return { type: value.type as FulfillmentType, start: value.start, end: value.end }
}

/** The key bookings are counted under: the slot start as a UTC instant. */
export function slotKey(start: Date | string): string {
  return new Date(start).toISOString()
}

export function capacityFor(rules: ScheduleRules, type: FulfillmentType): number {
  return type === "pickup" ? rules.pickup_capacity : rules.delivery_capacity
}

function weekdayOf(day: DateTime): Weekday {
  return WEEKDAYS[day.weekday - 1]
}

function toInstant(value: Date | string): DateTime {
  return DateTime.fromJSDate(new Date(value))
}

/** Wall-clock minute `minutes` of `day`, or null when that time does not exist (spring-forward gap). */
function wallClock(day: DateTime, minutes: number): DateTime | null {
  const time = day.set({
    hour: Math.floor(minutes / 60),
    minute: minutes % 60,
    second: 0,
    millisecond: 0,
  })
  return time.hour * 60 + time.minute === minutes ? time : null
}

function formatSlotTime(time: DateTime): string {
  return time.toISO({ suppressMilliseconds: true })!
}

type Window = {
  zone: string
  now: DateTime
  today: DateTime
  lastDay: DateTime
  earliest: DateTime
  cutoffPassed: boolean
}

function windowFor(input: SlotCalendarInput): Window {
  const { rules } = input
  const zone = rules.timezone
  const now = toInstant(input.now).setZone(zone)
  if (!now.isValid) {
    throw new Error(`Unknown time zone "${zone}"`)
  }
  const today = now.startOf("day")
  const cutoff = rules.same_day_cutoff
    ? wallClock(today, clockMinutes(rules.same_day_cutoff))
    : null
  return {
    zone,
    now,
    today,
    lastDay: today.plus({ days: rules.booking_horizon_days }),
    // Lead time is real elapsed time (a 24 h sponge is 24 h in the oven and
    // fridge), so it is added to the instant, not to the wall clock.
    earliest: now.plus({ hours: Math.max(0, input.lead_time_hours) }),
    cutoffPassed: cutoff !== null && now >= cutoff,
  }
}

function closedReason(
  day: DateTime,
  rules: ScheduleRules,
  blackouts: BlackoutDate[]
): string | null {
  const blackout = blackouts.find((b) => b.date === day.toISODate())
  if (blackout) {
    return blackout.reason
  }
  if (!rules.opening_hours[weekdayOf(day)]?.length) {
    return `Closed on ${day.toFormat("cccc")}s`
  }
  return null
}

/** Every slot start of `day` from its opening hours, ignoring the clock and bookings. */
function slotsOfDay(day: DateTime, rules: ScheduleRules): { start: DateTime; end: DateTime }[] {
  const length = rules.slot_minutes
  const slots: { start: DateTime; end: DateTime }[] = []
  for (const window of rules.opening_hours[weekdayOf(day)] ?? []) {
    const close = clockMinutes(window.close)
    for (let minute = clockMinutes(window.open); minute + length <= close; minute += length) {
      const start = wallClock(day, minute)
      if (start) {
        slots.push({ start, end: start.plus({ minutes: length }) })
      }
    }
  }
  return slots.sort((a, b) => a.start.toMillis() - b.start.toMillis())
}

/**
 * Lists the bookable slots between `from` and `to` (clamped to today and the
 * booking horizon) for one fulfillment type, with how many places each has
 * left, plus the days in that range the shop is closed and why. Full slots
 * are listed with `remaining: 0` so a storefront can show them greyed out.
 */
export function listSlots(input: SlotCalendarInput): {
  slots: Slot[]
  closed_days: ClosedDay[]
} {
  const { rules } = input
  const window = windowFor(input)
  const capacity = capacityFor(rules, input.type)
  const requestedFrom = input.from
    ? DateTime.fromISO(input.from, { zone: window.zone }).startOf("day")
    : window.today
  const requestedTo = input.to
    ? DateTime.fromISO(input.to, { zone: window.zone }).startOf("day")
    : window.lastDay
  const from = requestedFrom < window.today ? window.today : requestedFrom
  const to = requestedTo > window.lastDay ? window.lastDay : requestedTo

  const slots: Slot[] = []
  const closed_days: ClosedDay[] = []
  for (let day = from; day <= to; day = day.plus({ days: 1 })) {
    const reason = closedReason(day, rules, input.blackout_dates)
    if (reason) {
      closed_days.push({ date: day.toISODate()!, reason })
      continue
    }
    if (window.cutoffPassed && day.hasSame(window.today, "day")) {
      continue
    }
    for (const { start, end } of slotsOfDay(day, rules)) {
      if (start < window.earliest) {
        continue
      }
      const booked = input.booked[slotKey(start.toJSDate())] ?? 0
      slots.push({
        start: formatSlotTime(start),
        end: formatSlotTime(end),
        type: input.type,
        remaining: Math.max(0, capacity - booked),
      })
    }
  }
  return { slots, closed_days }
}

function label(time: DateTime, zone: string): string {
  return time.setZone(zone).toFormat("cccc HH:mm")
}

/**
 * Names the free slot nearest to a full one, for the message a customer sees
 * ("Saturday 10:00 is full — 10:30 is free"). `slots` is a listing that
 * includes the full slot's neighbours; ties go to the later slot.
 */
export function describeFullSlot(
  slots: Slot[],
  fullStart: string,
  timezone: string
): string {
  const full = toInstant(fullStart).setZone(timezone)
  const free = slots
    .map((slot) => ({ ...slot, at: toInstant(slot.start).setZone(timezone) }))
    .filter((slot) => slot.remaining > 0 && !slot.at.equals(full))
    .map((slot) => slot.at)
    .sort(
      (a, b) =>
        Math.abs(a.diff(full).toMillis()) - Math.abs(b.diff(full).toMillis()) ||
        b.toMillis() - a.toMillis()
    )[0]
  if (!free) {
    return `${label(full, timezone)} is full — please choose another day`
  }
  const freeLabel = free.hasSame(full, "day")
    ? free.toFormat("HH:mm")
    : Math.abs(free.diff(full, "days").days) >= 6
      ? free.toFormat("cccc d LLLL HH:mm")
      : label(free, timezone)
  return `${label(full, timezone)} is full — ${freeLabel} is free`
}

/**
 * Checks that `start` is a slot a customer may book right now: a real slot
 * start inside opening hours, not on a closed day, past the cart's lead time
 * and the same-day cut-off, within the horizon, and not full. Failures carry
 * a message written for the customer.
 */
export function checkSlot(
  input: Omit<SlotCalendarInput, "from" | "to"> & { start: string }
): SlotCheck {
  const { rules } = input
  const window = windowFor(input)
  const requested = DateTime.fromISO(input.start, { setZone: true })
  if (!requested.isValid) {
    return {
      ok: false,
      reason: "invalid",
      message: "Please choose a time from the list of available slots.",
    }
  }
  const local = requested.setZone(window.zone)
  const day = local.startOf("day")
  const noun = input.type === "pickup" ? "pickup" : "delivery"
  const reason = closedReason(day, rules, input.blackout_dates)
  if (reason) {
    return {
      ok: false,
      reason: "closed",
      message: `We're closed on ${day.toFormat("cccc d LLLL")} (${reason}). Please choose another day.`,
    }
  }
  if (day > window.lastDay) {
    return {
      ok: false,
      reason: "beyond_horizon",
      message: `We take orders up to ${rules.booking_horizon_days} days ahead. Please choose a day before ${window.lastDay.plus({ days: 1 }).toFormat("cccc d LLLL")}.`,
    }
  }
  const isSlotStart = slotsOfDay(day, rules).some((slot) => slot.start.equals(local))
  if (!isSlotStart) {
    return {
      ok: false,
      reason: "not_a_slot",
      message: `${label(local, window.zone)} isn't one of our ${noun} times. Please choose a time from the list.`,
    }
  }

  const all = listSlots({ ...input, from: window.today.toISODate()!, to: undefined })
  const slot = all.slots.find(
    (s) => DateTime.fromISO(s.start).toMillis() === requested.toMillis()
  )
  if (!slot) {
    if (window.cutoffPassed && day.hasSame(window.today, "day") && local >= window.earliest) {
      return {
        ok: false,
        reason: "cutoff",
        message: `Same-day orders close at ${rules.same_day_cutoff}. Please choose tomorrow or later.`,
      }
    }
    const firstFree = all.slots.find((s) => s.remaining > 0)
    const earliest = firstFree
      ? ` The earliest ${noun} time is ${label(toInstant(firstFree.start), window.zone)}.`
      : ""
    const why =
      input.lead_time_hours > 0
        ? `Your order needs ${input.lead_time_hours} hours' notice, so ${label(local, window.zone)} is too soon.`
        : `${label(local, window.zone)} has already passed.`
    return { ok: false, reason: "too_soon", message: `${why}${earliest}` }
  }
  if (slot.remaining <= 0) {
    return {
      ok: false,
      reason: "full",
      message: `${describeFullSlot(all.slots, slot.start, window.zone)}.`,
    }
  }
  return { ok: true, slot }
}
