/**
 * Rules for the text Maya's decorator pipes onto a cake. Shared by the
 * add-to-cart hooks and (as the same rules) the storefront's form.
 */

// Letters, marks, digits, punctuation, symbols and plain spaces: what can be piped.
// No line breaks, tabs or invisible control/format characters.
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]+$/u

/** The inscription as it will be stored: trimmed, inner runs of spaces collapsed. */
export function normalizeInscription(value: string): string {
  return value.trim().replace(/ {2,}/g, " ")
}

/**
 * Why `value` cannot go on `productTitle`, or null when it can.
 * `maxLength` null means the product takes no inscription at all.
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
  const text = normalizeInscription(value)
  const length = [...text].length
  if (length === 0) {
    return "The inscription is empty: write at least 1 character or leave it out."
  }
  if (length > maxLength) {
    return `The inscription on ${productTitle} can be at most ${maxLength} characters (yours has ${length}).`
  }
  if (!PRINTABLE.test(text)) {
    return "The inscription can only use printable characters: letters, numbers, punctuation and spaces, on one line."
  }
  return null
}
