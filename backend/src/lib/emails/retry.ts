/*
 * Which failed emails the retry job sends again. The Notification module keeps
 * every attempt: the first one (the "root") and each retry, which points back
 * at its root through `original_notification_id`. A root is done once any of
 * its attempts succeeded.
 */

export interface NotificationAttempt {
  id: string
  status: "pending" | "success" | "failure"
  created_at: Date | string
  original_notification_id?: string | null
  data?: Record<string, unknown> | null
}

export const RETRY_POLICY = {
  /** Older emails are stale: a confirmation a day late only confuses. */
  window_hours: 24,
  max_attempts: 20,
  /** A pending attempt older than this belongs to a process that died mid-send. */
  stale_pending_minutes: 10,
  /** Waits 0, 1, 2, 4 … minutes between attempts, capped here. */
  max_backoff_minutes: 30,
}

export type RetryPolicy = typeof RETRY_POLICY

const MINUTE = 60_000

function age(attempt: NotificationAttempt, now: Date): number {
  return now.getTime() - new Date(attempt.created_at).getTime()
}

function expired(root: NotificationAttempt, now: Date): boolean {
  const expiresAt = root.data?.expires_at
  return typeof expiresAt === "string" && new Date(expiresAt).getTime() <= now.getTime()
}

/** The oldest moment a root may have been created and still be retried. */
export function retryWindowStart(now: Date, policy: RetryPolicy = RETRY_POLICY): Date {
  return new Date(now.getTime() - policy.window_hours * 60 * MINUTE)
}

/**
 * Picks the roots to send again now, oldest first. `roots` are first attempts
 * that failed (or hang in pending); `retries` are every later attempt of them.
 */
export function pickEmailsToRetry(
  roots: NotificationAttempt[],
  retries: NotificationAttempt[],
  now: Date,
  policy: RetryPolicy = RETRY_POLICY
): NotificationAttempt[] {
  const stale = policy.stale_pending_minutes * MINUTE
  const windowStart = retryWindowStart(now, policy).getTime()

  return roots
    .filter((root) => {
      if (root.original_notification_id) {
        return false
      }
      if (new Date(root.created_at).getTime() < windowStart || expired(root, now)) {
        return false
      }
      if (root.status === "success" || (root.status === "pending" && age(root, now) < stale)) {
        return false
      }
      const attempts = retries.filter((r) => r.original_notification_id === root.id)
      if (attempts.some((a) => a.status === "success")) {
        return false
      }
      if (attempts.some((a) => a.status === "pending" && age(a, now) < stale)) {
        return false
      }
      if (attempts.length >= policy.max_attempts) {
        return false
      }
      if (attempts.length) {
        const last = Math.min(...attempts.map((a) => age(a, now)))
        const wait = Math.min(2 ** (attempts.length - 1), policy.max_backoff_minutes) * MINUTE
        return last >= wait
      }
      return true
    })
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
}
