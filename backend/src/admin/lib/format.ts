/*
 * Dates in the admin are shop days ("YYYY-MM-DD") and slot times
 * are shown in the shop's time zone, whatever zone Maya's browser is in.
 */

// Noon UTC keeps a calendar day on the same date in every zone Intl may print it in.
const asNoonUtc = (date: string) => new Date(`${date}T12:00:00Z`)

/** "Wednesday, December 2, 2026" for "2026-12-02". */
export function formatBakeDay(date: string, weekday: "long" | "short" = "long"): string {
  return new Intl.DateTimeFormat("en-US", {
    timeZone: "UTC",
    weekday,
    month: weekday === "long" ? "long" : "short",
    day: "numeric",
    ...(weekday === "long" ? { year: "numeric" } : {}),
  }).format(asNoonUtc(date))
}

/** The calendar day `days` after `date`. */
export function addDays(date: string, days: number): string {
  const next = asNoonUtc(date)
  next.setUTCDate(next.getUTCDate() + days)
  return next.toISOString().slice(0, 10)
}

/** "9:00 AM" in the shop's zone. */
export function formatSlotTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit" }).format(new Date(iso))
}

/** "Wednesday, December 2, 2026": the shop day an instant falls on, in the shop's zone. */
export function formatSlotDay(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long", month: "long", day: "numeric", year: "numeric" }).format(
    new Date(iso)
  )
}
