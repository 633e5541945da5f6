import type { APIRoute } from "astro"
import { absoluteUrl } from "../lib/seo"

export const prerender = false

export const GET: APIRoute = () =>
  new Response(
    [
      "User-agent: *",
      "Disallow: /cart",
      "Disallow: /checkout",
      "Disallow: /account",
      "Disallow: /order/",
      "Disallow: /search",
      "Disallow: /api/",
      "Disallow: /internal/",
      `Sitemap: ${absoluteUrl("/sitemap.xml")}`,
      "",
    ].join("\n"),
    { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=3600" } },
  )
