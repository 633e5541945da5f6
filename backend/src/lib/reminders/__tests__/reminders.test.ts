import { describe, expect, it } from "vitest"
import {
  isReminderDue,
  isReminderUnsubscribeToken,
  reminderHorizon,
  reminderMoment,
  reminderSendAt,
  reminderUnsubscribeToken,
  type ReminderCandidate,
} from ".."

const NEW_YORK = "America/New_York"

const candidate = (slot_start: string, extra: Partial<ReminderCandidate> = {}): ReminderCandidate => ({
  slot_start,
  placed_at: "2026-01-01T00:00:00Z",
  status: "pending",
  fulfillment_status: "not_fulfilled",
  unsubscribed: false,
  ...extra,
})

describe("when the reminder goes out", () => {
  it("is 18:00 in the shop's zone the day before, on either side of a DST change", () => {
    // Saturday 10:00 EDT → Friday 18:00 EDT.
    expect(reminderMoment("2026-07-04T14:00:00Z", NEW_YORK, "18:00").toISOString()).toBe("2026-07-03T22:00:00.000Z")
    // Sunday 8 March 2026, clocks go forward at 02:00: the Saturday evening before is still EST.
    expect(reminderMoment("2026-03-08T13:00:00Z", NEW_YORK, "18:00").toISOString()).toBe("2026-03-07T23:00:00.000Z")
    // Monday 9 March: the Sunday evening before is already EDT.
    expect(reminderMoment("2026-03-09T12:00:00Z", NEW_YORK, "18:00").toISOString()).toBe("2026-03-08T22:00:00.000Z")
    // Sunday 1 November 2026, clocks go back at 02:00: Saturday evening is EDT, the handover EST.
    expect(reminderMoment("2026-11-01T15:00:00Z", NEW_YORK, "18:00").toISOString()).toBe("2026-10-31T22:00:00.000Z")
    expect(reminderMoment("2026-11-02T13:00:00Z", NEW_YORK, "18:00").toISOString()).toBe("2026-11-01T23:00:00.000Z")
    // A pickup at 08:00 on the shop's day, which is still the previous day in UTC for a late one.
    expect(reminderMoment("2026-07-05T01:00:00Z", NEW_YORK, "19:30").toISOString()).toBe("2026-07-03T23:30:00.000Z")
  })

  it("takes REMINDER_SEND_AT when it is a clock time, else the evening default", () => {
    expect(reminderSendAt({ REMINDER_SEND_AT: "17:30" })).toBe("17:30")
    expect(reminderSendAt({ REMINDER_SEND_AT: "6pm" })).toBe("18:00")
    expect(reminderSendAt({})).toBe("18:00")
  })
})

describe("whether a reminder is due", () => {
  const saturday = "2026-03-08T15:00:00Z" // Sunday 11:00 EDT, the morning after clocks go forward
  it("from the evening before until the handover", () => {
    expect(isReminderDue(candidate(saturday), new Date("2026-03-07T22:59:00Z"), NEW_YORK, "18:00")).toBe(false)
    expect(isReminderDue(candidate(saturday), new Date("2026-03-07T23:00:00Z"), NEW_YORK, "18:00")).toBe(true)
    expect(isReminderDue(candidate(saturday), new Date("2026-03-08T14:59:00Z"), NEW_YORK, "18:00")).toBe(true)
    expect(isReminderDue(candidate(saturday), new Date("2026-03-08T15:00:00Z"), NEW_YORK, "18:00")).toBe(false)
  })

  it("not for canceled or collected orders, orders placed that evening, or customers who unsubscribed", () => {
    const evening = new Date("2026-03-07T23:30:00Z")
    expect(isReminderDue(candidate(saturday, { status: "canceled" }), evening, NEW_YORK, "18:00")).toBe(false)
    expect(isReminderDue(candidate(saturday, { status: "completed" }), evening, NEW_YORK, "18:00")).toBe(false)
    expect(isReminderDue(candidate(saturday, { fulfillment_status: "delivered" }), evening, NEW_YORK, "18:00")).toBe(false)
    expect(isReminderDue(candidate(saturday, { fulfillment_status: "shipped" }), evening, NEW_YORK, "18:00")).toBe(false)
    // Fulfilled = boxed up and waiting at the counter: still worth a reminder.
    expect(isReminderDue(candidate(saturday, { fulfillment_status: "fulfilled" }), evening, NEW_YORK, "18:00")).toBe(true)
    expect(isReminderDue(candidate(saturday, { placed_at: "2026-03-07T23:10:00Z" }), evening, NEW_YORK, "18:00")).toBe(false)
    expect(isReminderDue(candidate(saturday, { unsubscribed: true }), evening, NEW_YORK, "18:00")).toBe(false)
  })

  it("looks no further than the end of the shop's tomorrow", () => {
    // 21:00 EST on Saturday 7 March is 02:00 UTC on the 8th; tomorrow ends at midnight EDT on the 9th.
    expect(reminderHorizon(new Date("2026-03-08T02:00:00Z"), NEW_YORK).toISOString()).toBe("2026-03-09T04:00:00.000Z")
  })
})

describe("the unsubscribe link", () => {
  it("is tied to the email, whatever its case, and to the shop's secret", () => {
    const token = reminderUnsubscribeToken("Ana@Example.com", "secret")
    expect(isReminderUnsubscribeToken("ana@example.com", token, "secret")).toBe(true)
    expect(isReminderUnsubscribeToken("ben@example.com", token, "secret")).toBe(false)
    expect(isReminderUnsubscribeToken("ana@example.com", token, "other-secret")).toBe(false)
    expect(isReminderUnsubscribeToken("ana@example.com", "short", "secret")).toBe(false)
  })
})
