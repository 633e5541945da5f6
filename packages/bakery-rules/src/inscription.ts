/**
 * What Maya's decorator can pipe onto a cake: one rule for the storefront's
 * form (early, friendly feedback) and the backend's cart hooks (the authority).
 */

// Letters, marks, digits, punctuation, symbols and plain spaces: what can be piped.
// No line breaks, tabs or invisible control/format characters. Single emoji
// (🎂) are symbols and pass; emoji glued into one picture by an invisible
// joiner (👩‍🍳) do not.
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]+$/u

/** The inscription as it will be stored: trimmed, inner runs of spaces collapsed. */
export function normalizeInscription(value: string): string {
  return value.trim().replace(/ {2,}/g, " ")
}

/** How many characters the inscription counts as: code points of its stored form, so 🎂 and é count once. */
export function inscriptionLength(value: string): number {
  return [...normalizeInscription(value)].length
}

export type InscriptionCheck = { ok: true; value: string } | { ok: false; message: string }

/**
 * Checks typed text against a product's limit and returns it as it will be
 * stored, or the sentence to show. `productTitle` names the bake in the
 * length message when the reader may not see which one it is.
 */
export function checkInscription(raw: string, maxLength: number, productTitle?: string): InscriptionCheck {
  const value = normalizeInscription(raw)
  const length = [...value].length
  if (length === 0) {
    return { ok: false, message: "The inscription is empty: write at least 1 character or leave it out." }
  }
  if (length > maxLength) {
    const on = productTitle ? ` on ${productTitle}` : ""
    return { ok: false, message: `The inscription${on} can be at most ${maxLength} characters (yours has ${length}).` }
  }
  if (!PRINTABLE.test(value)) {
    return {
      ok: false,
      message: "The inscription can only use printable characters: letters, numbers, punctuation and spaces, on one line.",
    }
  }
  return { ok: true, value }
}

/**
 * Why `value` cannot go on `productTitle`, or null when it can (no value is
 * fine: the inscription is optional). `maxLength` null means the product
 * takes no inscription at all.
 */
export function inscriptionProblem(
  value: unknown,
  { productTitle, maxLength }: { productTitle: string; maxLength: number | null }
): string | null {
  if (value === undefined || value === null) {
    return null
  }
  if (maxLength === null) {
    return `${productTitle} does not take an inscription.`
  }
  if (typeof value !== "string") {
    return "The inscription must be text."
  }
  const check = checkInscription(value, maxLength, productTitle)
  return check.ok ? null : check.message
}

/** The value to send: undefined for "no inscription", so an empty box never fails validation. */
export function inscriptionToSend(raw: string | null | undefined): string | undefined {
  const value = normalizeInscription(raw ?? "")
  return value ? value : undefined
}
