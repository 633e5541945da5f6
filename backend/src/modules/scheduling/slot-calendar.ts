/**
 * Pickup and delivery slot maths for the bakery, kept free of Medusa so the
 * rules can be unit-tested with a fixed clock. Slots are wall-clock times in
 * the shop's time zone: "07:00" is 07:00 in New York on every day of the
 * year, whichever side of a daylight-saving change it falls on. The maths
 * decides; what the customer reads is worded in slot-messages.ts.
 */
import { WEEKDAYS, type Weekday } from "@sweet-crumbs/bakery-rules/weekdays"
import { DateTime } from "luxon"
import { closedDayReason, fullSlotSentence, slotProblemMessage } from "./slot-messages"

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

/** A day the shop is closed: one of Maya's closed days (with her reason) or a weekday without opening hours. */
export type Closure = { date: string; blackout_reason: string | null }

/**
 * Why a slot cannot be booked, with the facts the customer's sentence needs.
 * Times are ISO strings; `date`s are "YYYY-MM-DD" in the shop's zone.
 */
export type SlotProblem =
  | { reason: "invalid" }
  | ({ reason: "closed" } & Closure)
  | { reason: "beyond_horizon"; booking_horizon_days: number; last_day: string }
  | { reason: "not_a_slot"; type: FulfillmentType; start: string }
  | { reason: "cutoff"; cutoff: string }
  | {
      reason: "too_soon"
      type: FulfillmentType
      start: string
      lead_time_hours: number
      /** The first slot with a place left, if any. */
      earliest_free: string | null
    }
  | { reason: "full"; start: string; nearest_free: string | null }

export type SlotDecision = { ok: true; slot: Slot } | { ok: false; problem: SlotProblem }

/** A slot decision with the customer's sentence (slot-messages.ts) in place of the facts. */
export type SlotCheck =
  | { ok: true; slot: Slot }
  | { ok: false; reason: SlotProblem["reason"]; message: string }

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

function closureOf(day: DateTime, rules: ScheduleRules, blackouts: BlackoutDate[]): Closure | null {
  const date = day.toISODate()!
  const blackout = blackouts.find((b) => b.date === date)
  if (blackout) {
    return { date, blackout_reason: blackout.reason }
  }
  if (!rules.opening_hours[weekdayOf(day)]?.length) {
    return { date, blackout_reason: null }
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
    const closure = closureOf(day, rules, input.blackout_dates)
    if (closure) {
      closed_days.push({ date: closure.date, reason: closedDayReason(closure) })
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

/**
 * The free slot nearest to a full one in `slots` (a listing that includes the
 * full slot's neighbours), never the full slot itself; ties go to the later slot.
 */
function nearestFreeSlot(slots: Slot[], fullStart: string): string | null {
  const full = toInstant(fullStart).toMillis()
  const free = slots
    .map((slot) => ({ start: slot.start, at: toInstant(slot.start).toMillis(), remaining: slot.remaining }))
    .filter((slot) => slot.remaining > 0 && slot.at !== full)
    .sort((a, b) => Math.abs(a.at - full) - Math.abs(b.at - full) || b.at - a.at)[0]
  return free?.start ?? null
}

/** The sentence for a full slot, naming the nearest free one ("Saturday 10:00 is full — 10:30 is free"). */
export function describeFullSlot(slots: Slot[], fullStart: string, timezone: string): string {
  return fullSlotSentence(fullStart, nearestFreeSlot(slots, fullStart), timezone)
}

/**
 * Decides whether `start` is a slot a customer may book right now: a real
 * slot start inside opening hours, not on a closed day, past the cart's lead
 * time and the same-day cut-off, within the horizon, and not full. A refusal
 * says why, with the facts (the cut-off, the nearest free slot…).
 */
export function decideSlot(input: Omit<SlotCalendarInput, "from" | "to"> & { start: string }): SlotDecision {
  const { rules } = input
  const window = windowFor(input)
  const refuse = (problem: SlotProblem): SlotDecision => ({ ok: false, problem })
  const requested = DateTime.fromISO(input.start, { setZone: true })
  if (!requested.isValid) {
    return refuse({ reason: "invalid" })
  }
  const local = requested.setZone(window.zone)
  const day = local.startOf("day")
  const closure = closureOf(day, rules, input.blackout_dates)
  if (closure) {
    return refuse({ reason: "closed", ...closure })
  }
  if (day > window.lastDay) {
    return refuse({
      reason: "beyond_horizon",
      booking_horizon_days: rules.booking_horizon_days,
      last_day: window.lastDay.toISODate()!,
    })
  }
  const isSlotStart = slotsOfDay(day, rules).some((slot) => slot.start.equals(local))
  if (!isSlotStart) {
    return refuse({ reason: "not_a_slot", type: input.type, start: formatSlotTime(local) })
  }

  const all = listSlots({ ...input, from: window.today.toISODate()!, to: undefined })
  const slot = all.slots.find(
    (s) => DateTime.fromISO(s.start).toMillis() === requested.toMillis()
  )
  if (!slot) {
    if (window.cutoffPassed && day.hasSame(window.today, "day") && local >= window.earliest) {
      return refuse({ reason: "cutoff", cutoff: rules.same_day_cutoff! })
    }
    return refuse({
      reason: "too_soon",
      type: input.type,
      start: formatSlotTime(local),
      lead_time_hours: input.lead_time_hours,
      earliest_free: all.slots.find((s) => s.remaining > 0)?.start ?? null,
    })
  }
  if (slot.remaining <= 0) {
    return refuse({ reason: "full", start: slot.start, nearest_free: nearestFreeSlot(all.slots, slot.start) })
  }
  return { ok: true, slot }
}

/** `decideSlot` with a refusal put into the sentence the customer reads. */
export function checkSlot(input: Omit<SlotCalendarInput, "from" | "to"> & { start: string }): SlotCheck {
  const decision = decideSlot(input)
  if (decision.ok) {
    return decision
  }
  return {
    ok: false,
    reason: decision.problem.reason,
    message: slotProblemMessage(decision.problem, input.rules.timezone),
  }
}
