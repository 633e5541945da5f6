import { WEEKDAY_NAMES, WEEKDAYS, type Weekday } from "@sweet-crumbs/bakery-rules/weekdays"
import type { FulfillmentSlot, OpeningHours } from "./medusa/types"

const SCHEMA_DAYS: Record<Weekday, string> = {
  mon: "https://schema.org/Monday",
  tue: "https://schema.org/Tuesday",
  wed: "https://schema.org/Wednesday",
  thu: "https://schema.org/Thursday",
  fri: "https://schema.org/Friday",
  sat: "https://schema.org/Saturday",
  sun: "https://schema.org/Sunday",
}

/** "07:00" → "7 am", "16:30" → "4:30 pm". */
export function clockLabel(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(":").map(Number)
  const suffix = h >= 12 ? "pm" : "am"
  const hour = h % 12 === 0 ? 12 : h % 12
  return m ? `${hour}:${String(m).padStart(2, "0")} ${suffix}` : `${hour} ${suffix}`
}

export interface OpeningRow {
  day: string
  hours: string
}

export function openingHoursRows(hours: OpeningHours): OpeningRow[] {
  return WEEKDAYS.map((day) => {
    const intervals = hours[day] ?? []
    return {
      day: WEEKDAY_NAMES[day],
      hours: intervals.length
        ? intervals.map((i) => `${clockLabel(i.open)} – ${clockLabel(i.close)}`).join(", ")
        : "Closed",
    }
  })
}

/** schema.org OpeningHoursSpecification for the home page's Bakery JSON-LD. */
export function openingHoursSpecification(hours: OpeningHours) {
  return WEEKDAYS.flatMap((day) =>
    (hours[day] ?? []).map((i) => ({
      "@type": "OpeningHoursSpecification",
      dayOfWeek: SCHEMA_DAYS[day],
      opens: i.open,
      closes: i.close,
    })),
  )
}

/** The calendar date ("YYYY-MM-DD") of an instant in the shop's timezone. */
export function dateInZone(instant: Date | string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
    .formatToParts(new Date(instant))
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ""
  return `${get("year")}-${get("month")}-${get("day")}`
}

/** Adds days to a "YYYY-MM-DD" date without timezone surprises. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** "Saturday, December 5" for a "YYYY-MM-DD" date. */
export function dayLabel(date: string): string {
  return new Intl.DateTimeFormat("en-US", { weekday: "long", month: "long", day: "numeric", timeZone: "UTC" })
    .format(new Date(`${date}T12:00:00Z`))
}

/** "Sat, Dec 5" for compact day buttons. */
export function shortDayLabel(date: string): string {
  return new Intl.DateTimeFormat("en-US", { weekday: "short", month: "short", day: "numeric", timeZone: "UTC" })
    .format(new Date(`${date}T12:00:00Z`))
}

export function timeLabel(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit", timeZone }).format(new Date(instant))
}

/** "Saturday, December 5 · 10:00 AM – 10:30 AM" */
export function slotLabel(slot: { start: string; end?: string }, timeZone: string): string {
  const day = dayLabel(dateInZone(slot.start, timeZone))
  const end = slot.end ? ` – ${timeLabel(slot.end, timeZone)}` : ""
  return `${day} · ${timeLabel(slot.start, timeZone)}${end}`
}

/** Slots grouped by their day in the shop's timezone, days in order. */
export function groupSlotsByDay(slots: FulfillmentSlot[], timeZone: string): Map<string, FulfillmentSlot[]> {
  const days = new Map<string, FulfillmentSlot[]>()
  for (const slot of [...slots].sort((a, b) => a.start.localeCompare(b.start))) {
    const day = dateInZone(slot.start, timeZone)
    days.set(day, [...(days.get(day) ?? []), slot])
  }
  return days
}
