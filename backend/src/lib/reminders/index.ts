import { createHmac, timingSafeEqual } from "node:crypto"
import { DateTime } from "luxon"

/*
 * When a customer's reminder goes out, and the link that stops them. Free of
 * Medusa so the rules are unit-tested with a fixed clock across DST changes.
 */

/** The evening before a pickup or delivery, in the shop's time zone, unless REMINDER_SEND_AT says otherwise. */
export const DEFAULT_REMINDER_SEND_AT = "18:00"

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/

/** The wall-clock time reminders go out ("HH:mm"), from the environment or the default. */
export function reminderSendAt(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.REMINDER_SEND_AT?.trim()
  return value && CLOCK.test(value) ? value : DEFAULT_REMINDER_SEND_AT
}

/**
 * The moment the reminder for a handover starting at `slotStart` goes out:
 * `sendAt` on the shop's calendar day before, so 18:00 stays 18:00 on either
 * side of a daylight-saving change.
 */
export function reminderMoment(slotStart: Date | string, timezone: string, sendAt: string): Date {
  const [, hour, minute] = CLOCK.exec(sendAt) ?? CLOCK.exec(DEFAULT_REMINDER_SEND_AT)!
  return DateTime.fromJSDate(new Date(slotStart), { zone: timezone })
    .startOf("day")
    .minus({ days: 1 })
    .set({ hour: Number(hour), minute: Number(minute) })
    .toJSDate()
}

export type ReminderCandidate = {
  slot_start: Date | string
  /** When the order was placed: an order placed after the reminder's moment was just confirmed. */
  placed_at: Date | string
  status: string | null
  fulfillment_status?: string | null
  /** The customer asked for no reminders. */
  unsubscribed: boolean
}

const FINISHED_ORDER = new Set(["canceled", "completed", "archived", "draft"])
const HANDED_OVER = new Set(["delivered", "partially_delivered", "shipped", "partially_shipped"])

/**
 * Whether a reminder is due at `now`: the evening before has come, the
 * handover has not, the order was placed before that evening, it is still
 * open and not yet collected or out for delivery, and the customer did not
 * unsubscribe.
 */
export function isReminderDue(candidate: ReminderCandidate, now: Date, timezone: string, sendAt: string): boolean {
  const moment = reminderMoment(candidate.slot_start, timezone, sendAt)
  return (
    now >= moment &&
    now < new Date(candidate.slot_start) &&
    new Date(candidate.placed_at) < moment &&
    !FINISHED_ORDER.has(candidate.status ?? "") &&
    !HANDED_OVER.has(candidate.fulfillment_status ?? "") &&
    !candidate.unsubscribed
  )
}

/** The last instant whose handovers can have a reminder due at `now`: the end of the shop's tomorrow. */
export function reminderHorizon(now: Date, timezone: string): Date {
  return DateTime.fromJSDate(now, { zone: timezone }).startOf("day").plus({ days: 2 }).toJSDate()
}

const normalise = (email: string) => email.trim().toLowerCase()

/** The token in a customer's unsubscribe link: an HMAC of their email, so nobody can unsubscribe someone else. */
export function reminderUnsubscribeToken(email: string, secret: string): string {
  return createHmac("sha256", secret).update(`reminders:${normalise(email)}`).digest("base64url")
}

export function isReminderUnsubscribeToken(email: string, token: string, secret: string): boolean {
  const expected = Buffer.from(reminderUnsubscribeToken(email, secret))
  const given = Buffer.from(token)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/** Where a customer's metadata says they want no reminders. */
export const REMINDERS_OFF_KEY = "reminders_unsubscribed_at"
