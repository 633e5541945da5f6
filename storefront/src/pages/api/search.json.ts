import type { APIRoute } from "astro"
import { cheapestPrice } from "../../lib/catalog/pricing"
import { searchProducts } from "../../lib/medusa/products"
import { formatMoney } from "@sweet-crumbs/bakery-rules/money"

export const prerender = false

/** Instant results for the header search box: a few matches, small enough to send on every keystroke. */
export const GET: APIRoute = async ({ url }) => {
  const query = (url.searchParams.get("q") ?? "").trim().slice(0, 100)
  const products = query.length >= 2 ? await searchProducts(query, 6) : []
  const results = products.map((product) => {
    const price = cheapestPrice(product)
    return {
      title: product.title,
      href: `/products/${product.handle}`,
      image: product.thumbnail,
      price: price ? formatMoney(price.amount, price.currency) : null,
    }
  })
  return Response.json({ results }, { headers: { "cache-control": "public, max-age=30, stale-while-revalidate=300" } })
}
