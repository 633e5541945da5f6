// @ts-check

/** @typedef {"br" | "gzip" | "identity"} Encoding */

/** @type {Map<string, Encoding[]>} Accept-Encoding header → codings it accepts, best first (browsers send a handful). */
const acceptedCache = new Map()

/**
 * Brotli or gzip, whichever the client prefers (brotli on a tie), if the file has it; otherwise the plain bytes.
 * @param {string | undefined} header
 * @param {Partial<Record<Encoding, unknown>>} bodies the file's bytes in each encoding it has
 * @returns {Encoding}
 */
export function chooseEncoding(header, bodies) {
  if (!header) return "identity"
  let accepted = acceptedCache.get(header)
  if (!accepted) {
    accepted = parseAcceptEncoding(header)
    if (acceptedCache.size >= 100) acceptedCache.clear()
    acceptedCache.set(header, accepted)
  }
  for (const encoding of accepted) {
    if (bodies[encoding]) return encoding
  }
  return "identity"
}

/**
 * "gzip, deflate, br;q=0.9" → ["gzip", "br"]: the codings we have, with q > 0, by preference.
 * @param {string} header
 * @returns {Encoding[]}
 */
export function parseAcceptEncoding(header) {
  /** @type {Record<string, number>} */
  const q = {}
  for (const part of header.toLowerCase().split(",")) {
    const [coding = "", ...params] = part.trim().split(";")
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
    q[coding.trim() === "x-gzip" ? "gzip" : coding.trim()] = weight ? Number(weight.slice(2)) || 0 : 1
  }
  const weightOf = (/** @type {string} */ coding) => q[coding] ?? q["*"] ?? 0
  /** @type {Encoding[]} */
  const codings = ["br", "gzip"]
  return codings.filter((coding) => weightOf(coding) > 0).sort((a, b) => weightOf(b) - weightOf(a))
}
