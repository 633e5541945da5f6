/**
 * What a customer reads about pickup and delivery times: a slot that cannot
 * be booked, a day the shop is closed. The slot maths (slot-calendar.ts)
 * decides and hands over the facts; these functions only put them into words.
 */
import { DateTime } from "luxon"
import type { Closure, SlotProblem } from "./slot-calendar"

/** Names a nearer free slot by weekday only while it is less than a week away. */
const WEEKDAY_ONLY_WITHIN_DAYS = 6

/** "Saturday 10:00" in the shop's zone. */
function slotLabel(time: DateTime): string {
  return time.toFormat("cccc HH:mm")
}

function inShopZone(iso: string, timezone: string): DateTime {
  return DateTime.fromJSDate(new Date(iso)).setZone(timezone)
}

/** "Sunday 12 April" for "2026-04-12". */
function dayLabel(date: string): string {
  return DateTime.fromISO(date).toFormat("cccc d LLLL")
}

/** Why the shop is closed on a day: Maya's reason for a closed day, else its weekday. */
export function closedDayReason({ date, blackout_reason }: Closure): string {
  return blackout_reason ?? `Closed on ${DateTime.fromISO(date).toFormat("cccc")}s`
}

/**
 * "Saturday 10:00 is full — 10:30 is free": the free slot by its time alone on
 * the same day, by weekday within the week, by its date further away.
 */
export function fullSlotSentence(fullStart: string, nearestFree: string | null, timezone: string): string {
  const full = inShopZone(fullStart, timezone)
  if (!nearestFree) {
    return `${slotLabel(full)} is full — please choose another day`
  }
  const free = inShopZone(nearestFree, timezone)
  const freeLabel = free.hasSame(full, "day")
    ? free.toFormat("HH:mm")
    : Math.abs(free.diff(full, "days").days) >= WEEKDAY_ONLY_WITHIN_DAYS
      ? free.toFormat("cccc d LLLL HH:mm")
      : slotLabel(free)
  return `${slotLabel(full)} is full — ${freeLabel} is free`
}

/** The sentence for a slot a customer may not book, with what to choose instead. */
export function slotProblemMessage(problem: SlotProblem, timezone: string): string {
  switch (problem.reason) {
    case "invalid":
      return "Please choose a time from the list of available slots."
    case "closed":
      return `We're closed on ${dayLabel(problem.date)} (${closedDayReason(problem)}). Please choose another day.`
    case "beyond_horizon": {
      const firstTooFar = DateTime.fromISO(problem.last_day).plus({ days: 1 }).toFormat("cccc d LLLL")
      return `We take orders up to ${problem.booking_horizon_days} days ahead. Please choose a day before ${firstTooFar}.`
    }
    case "not_a_slot":
      return `${slotLabel(inShopZone(problem.start, timezone))} isn't one of our ${problem.type} times. Please choose a time from the list.`
    case "cutoff":
      return `Same-day orders close at ${problem.cutoff}. Please choose tomorrow or later.`
    case "too_soon": {
      const start = slotLabel(inShopZone(problem.start, timezone))
      const why =
        problem.lead_time_hours > 0
          ? `Your order needs ${problem.lead_time_hours} hours' notice, so ${start} is too soon.`
          : `${start} has already passed.`
      const earliest = problem.earliest_free
        ? ` The earliest ${problem.type} time is ${slotLabel(inShopZone(problem.earliest_free, timezone))}.`
        : ""
      return `${why}${earliest}`
    }
    case "full":
      return `${fullSlotSentence(problem.start, problem.nearest_free, timezone)}.`
  }
}
