import type { APIRoute } from "astro"
import { REVALIDATE_SECRET } from "astro:env/server"
import { refreshCatalogPages, startCatalogRefresher } from "../../lib/freshness/refresher"
import { verifyRevalidation } from "../../lib/freshness/signature"
import { readCappedBody } from "../../lib/capped-body"

export const prerender = false

/** The backend's requests are a few hundred bytes; anything far larger is not one of them. */
const MAX_BODY_BYTES = 4096

/**
 * `POST /api/revalidate`: the backend (or Maya's tooling) asks for the catalog pages to be
 * refreshed now instead of at the next poll. Signed with HMAC-SHA256 over "<timestamp>.<body>"
 * using REVALIDATE_SECRET; see the storefront README.
 */
export const POST: APIRoute = async ({ request }) => {
  if (!REVALIDATE_SECRET) return Response.json({ message: "Revalidation is not configured" }, { status: 404 })
  const body = await readCappedBody(request, MAX_BODY_BYTES)
  if (body === null) return Response.json({ message: "Request body too large" }, { status: 413 })
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
