import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { normalizeInscription } from "@sweet-crumbs/bakery-rules/inscription"

type WithMetadata = { metadata?: Record<string, unknown> | null }

/**
 * Stores inscriptions trimmed, so "  Happy Birthday " and "Happy Birthday" are
 * the same line item and the decorator gets clean text. The rules themselves
 * are checked in the cart workflows' validate hooks.
 */
export function normalizeInscriptions(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as (WithMetadata & { items?: unknown }) | undefined
  // Runs before Medusa's validator, so the body may be any shape: leave a wrong one for it to refuse.
  const items = Array.isArray(body?.items) ? (body.items as WithMetadata[]) : []
  for (const holder of [body, ...items]) {
    const inscription = holder?.metadata?.inscription
    if (typeof inscription === "string") {
      holder!.metadata!.inscription = normalizeInscription(inscription)
    }
  }
  next()
}
