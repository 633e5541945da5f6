import type { APIRoute } from "astro"
import { REVALIDATE_SECRET } from "astro:env/server"
import { refreshCatalogPages, startCatalogRefresher } from "../../lib/freshness/refresher"
import { verifyRevalidation } from "../../lib/freshness/signature"

export const prerender = false

/**
 * `POST /api/revalidate`: the backend (or Maya's tooling) asks for the catalog pages to be
 * refreshed now instead of at the next poll. Signed with HMAC-SHA256 over "<timestamp>.<body>"
 * using REVALIDATE_SECRET; see the storefront README.
 */
export const POST: APIRoute = async ({ request }) => {
  if (!REVALIDATE_SECRET) return Response.json({ message: "Revalidation is not configured" }, { status: 404 })
  const body = await request.text()
  const valid = verifyRevalidation(
    REVALIDATE_SECRET,
    request.headers.get("x-revalidate-timestamp"),
    request.headers.get("x-revalidate-signature"),
    body,
  )
  if (!valid) return Response.json({ message: "Invalid signature" }, { status: 401 })
  startCatalogRefresher()
  await refreshCatalogPages()
  return Response.json({ refreshed: true })
}
