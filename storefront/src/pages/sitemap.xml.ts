import type { APIRoute } from "astro"
import { listCategories } from "../lib/medusa/categories"
import { listAllProducts } from "../lib/medusa/products"
import { absoluteUrl } from "../lib/seo"

/** Rendered on request (and cached briefly), so new products appear without a rebuild. */
export const prerender = false

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!)

export const GET: APIRoute = async () => {
  const [products, categories] = await Promise.all([listAllProducts(), listCategories()])
  const entries = [
    { path: "/", lastmod: undefined },
    { path: "/products", lastmod: undefined },
    { path: "/about", lastmod: undefined },
    ...categories.map((c) => ({ path: `/categories/${c.handle}`, lastmod: undefined })),
    ...products.map((p) => ({ path: `/products/${p.handle}`, lastmod: p.updated_at ? String(p.updated_at).slice(0, 10) : undefined })),
  ]
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries.map(
      (e) => `  <url><loc>${escapeXml(absoluteUrl(e.path))}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ""}</url>`,
    ),
    "</urlset>",
    "",
  ].join("\n")
  return new Response(body, {
    headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=300, stale-while-revalidate=3600" },
  })
}
