/**
 * Inscription rules, the same as the backend's: trimmed, 1..max characters, printable only
 * (no control characters). The backend stays the authority; this gives early, friendly feedback.
 */
export type InscriptionCheck = { ok: true; value: string } | { ok: false; message: string }

// Control characters (C0, DEL, C1) and line/paragraph separators cannot be piped onto a cake.
const NOT_PRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

export function checkInscription(raw: string, maxLength: number): InscriptionCheck {
  const value = raw.trim()
  const length = [...value].length
  if (length === 0) return { ok: false, message: "Write the inscription, or leave the box empty for none." }
  if (length > maxLength) return { ok: false, message: `Keep the inscription to ${maxLength} characters (it has ${length}).` }
  if (NOT_PRINTABLE.test(value)) return { ok: false, message: "Use letters, numbers, spaces and punctuation only." }
  return { ok: true, value }
}

/** The value to send: undefined for "no inscription", so an empty box never fails validation. */
export function inscriptionToSend(raw: string | null | undefined): string | undefined {
  const value = raw?.trim()
  return value ? value : undefined
}
