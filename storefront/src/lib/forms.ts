/**
 * What a form action answers. Success names the page to go to (the middleware turns it into a
 * 303 redirect for plain form posts); failure carries a message per field plus what the customer
 * typed, so the page can show the error next to the field with the input kept.
 */
export type FormOutcome =
  | { ok: true; redirectTo: string; count?: number; message?: string }
  | { ok: false; errors: FieldErrors; values: FormValues }

export type FieldErrors = Record<string, string>
export type FormValues = Record<string, string>

export function success(redirectTo: string, extra: { count?: number; message?: string } = {}): FormOutcome {
  return { ok: true, redirectTo, ...extra }
}

export function failure(errors: FieldErrors, values: FormValues = {}): FormOutcome {
  return { ok: false, errors, values }
}

/** Any host stands in for ours: only the path, query and fragment of the result are kept. */
const THIS_SHOP = "http://this-shop.invalid"

/**
 * A page of this shop to go to after signing in (or another form), else `fallback`. Browsers drop tabs
 * and newlines from URLs and read "\\" as "/", so "/\t/evil.example" or "/\\evil.example" would leave the
 * shop: anything with a control character or backslash (raw or percent-encoded) is refused, and the rest
 * must resolve to our own origin.
 */
export function safeNextPath(value: string | null | undefined, fallback = "/"): string {
  if (!value || !value.startsWith("/")) return fallback
  let decoded: string
  try {
    decoded = decodeURIComponent(value)
  } catch {
    return fallback
  }
  if ([value, decoded].some((text) => /[\x00-\x1f\x7f\\]/.test(text) || text.startsWith("//"))) return fallback
  const url = new URL(value, THIS_SHOP)
  if (url.origin !== THIS_SHOP) return fallback
  return url.pathname + url.search + url.hash
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim())
}

/** US phone numbers: at least 10 digits once spaces, dashes and brackets are dropped. */
export function isPhone(value: string): boolean {
  const digits = value.replace(/\D/g, "")
  return digits.length >= 10 && digits.length <= 15
}

export function isZip(value: string): boolean {
  return /^\d{5}(-\d{4})?$/.test(value.trim())
}

/** Drops passwords and other secrets before values are echoed back into a form. */
export function echoable(values: Record<string, unknown>, secret: string[] = ["password"]): FormValues {
  const kept: FormValues = {}
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === "string" && !secret.includes(key)) kept[key] = value
  }
  return kept
}
