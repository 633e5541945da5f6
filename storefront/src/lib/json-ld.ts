/**
 * Serialises structured data for a `<script type="application/ld+json">`. Product text comes from
 * the admin, so `<`, `>`, `&` and the JS line separators are escaped as \u sequences: the JSON
 * stays identical for parsers, but nothing in it can close the script tag or start markup.
 */
export function jsonLdString(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029")
}
