import { SITE_URL } from "astro:env/server"

export const SHOP_NAME = "Sweet Crumbs Bakery"

/** An absolute URL on the public site, for canonical links, Open Graph and JSON-LD. */
export function absoluteUrl(path: string): string {
  return new URL(path, SITE_URL.endsWith("/") ? SITE_URL : `${SITE_URL}/`).toString()
}

/** Meta descriptions stay under ~160 characters and end on a whole word. */
export function summarise(text: string | null | undefined, max = 155): string {
  const flat = (text ?? "").replace(/\s+/g, " ").trim()
  if (flat.length <= max) return flat
  return `${flat.slice(0, max).replace(/\s+\S*$/, "")}…`
}
