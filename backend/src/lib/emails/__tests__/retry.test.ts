import { describe, expect, it } from "vitest"
import { pickEmailsToRetry, type NotificationAttempt } from "../retry"

const now = new Date("2026-07-04T13:00:00Z")
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000)

function root(id: string, overrides: Partial<NotificationAttempt> = {}): NotificationAttempt {
  return { id, status: "failure", created_at: minutesAgo(1), original_notification_id: null, ...overrides }
}

function retryOf(rootId: string, status: NotificationAttempt["status"], minutes: number): NotificationAttempt {
  return { id: `${rootId}-r${minutes}`, status, created_at: minutesAgo(minutes), original_notification_id: rootId }
}

const ids = (attempts: NotificationAttempt[]) => attempts.map((a) => a.id)

describe("pickEmailsToRetry", () => {
  it("retries a failed email straight away, oldest first", () => {
    expect(ids(pickEmailsToRetry([root("b"), root("a", { created_at: minutesAgo(5) })], [], now))).toEqual(["a", "b"])
  })

  it("stops once any retry got through", () => {
    expect(pickEmailsToRetry([root("a")], [retryOf("a", "failure", 3), retryOf("a", "success", 1)], now)).toEqual([])
  })

  it("backs off between attempts: 1, 2, 4 … minutes", () => {
    expect(ids(pickEmailsToRetry([root("a", { created_at: minutesAgo(10) })], [retryOf("a", "failure", 1)], now))).toEqual(["a"])
    const twoFailures = [retryOf("a", "failure", 3), retryOf("a", "failure", 1)]
    expect(pickEmailsToRetry([root("a", { created_at: minutesAgo(10) })], twoFailures, now)).toEqual([])
    const later = [retryOf("a", "failure", 5), retryOf("a", "failure", 2)]
    expect(ids(pickEmailsToRetry([root("a", { created_at: minutesAgo(10) })], later, now))).toEqual(["a"])
  })

  it("leaves an attempt that is still being sent alone, but takes over a stale one", () => {
    expect(pickEmailsToRetry([root("a")], [retryOf("a", "pending", 0)], now)).toEqual([])
    expect(pickEmailsToRetry([root("a", { status: "pending" })], [], now)).toEqual([])
    expect(ids(pickEmailsToRetry([root("a", { status: "pending", created_at: minutesAgo(11) })], [], now))).toEqual(["a"])
  })

  it("gives up after the last attempt, after a day, and once a reset link has expired", () => {
    const twenty = Array.from({ length: 20 }, (_, i) => retryOf("a", "failure", 100 + i))
    expect(pickEmailsToRetry([root("a", { created_at: minutesAgo(200) })], twenty, now)).toEqual([])
    expect(pickEmailsToRetry([root("old", { created_at: minutesAgo(25 * 60) })], [], now)).toEqual([])
    const reset = root("reset", { data: { expires_at: minutesAgo(1).toISOString() } })
    expect(pickEmailsToRetry([reset], [], now)).toEqual([])
  })

  it("never treats a retry as a root of its own", () => {
    expect(pickEmailsToRetry([retryOf("a", "failure", 5)], [], now)).toEqual([])
  })
})
