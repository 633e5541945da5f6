import { createHmac, timingSafeEqual } from "node:crypto"

/** Requests older than this are refused, so a captured signature cannot be replayed later. */
export const MAX_SKEW_SECONDS = 300

/** HMAC-SHA256 over "<unix seconds>.<raw body>", hex encoded. */
export function signRevalidation(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")
}

/**
 * Checks `X-Revalidate-Timestamp` + `X-Revalidate-Signature` for `POST /api/revalidate`.
 * Constant-time comparison; stale or future timestamps are refused.
 */
export function verifyRevalidation(
  secret: string,
  timestampHeader: string | null,
  signatureHeader: string | null,
  body: string,
  now = Date.now(),
): boolean {
  const timestamp = Number(timestampHeader)
  if (!secret || !Number.isInteger(timestamp) || !signatureHeader) return false
  if (Math.abs(now / 1000 - timestamp) > MAX_SKEW_SECONDS) return false
  const expected = Buffer.from(signRevalidation(secret, timestamp, body), "hex")
  const given = Buffer.from(signatureHeader.replace(/^sha256=/, ""), "hex")
  return given.length === expected.length && timingSafeEqual(given, expected)
}
