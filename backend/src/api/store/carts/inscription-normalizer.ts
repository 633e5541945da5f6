import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { normalizeInscription } from "../../../modules/bakery-product/inscription"

type WithMetadata = { metadata?: Record<string, unknown> | null }

/**
 * Stores inscriptions trimmed, so "  Happy Birthday " and "Happy Birthday" are
 * the same line item and the decorator gets clean text. The rules themselves
 * are checked in the cart workflows' validate hooks.
 */
export function normalizeInscriptions(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as (WithMetadata & { items?: WithMetadata[] }) | undefined
  for (const holder of [body, ...(body?.items ?? [])]) {
    const inscription = holder?.metadata?.inscription
    if (typeof inscription === "string") {
      holder!.metadata!.inscription = normalizeInscription(inscription)
    }
  }
  next()
}
