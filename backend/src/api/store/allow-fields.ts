import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

/**
 * Medusa's store routes only return allow-listed fields. This adds ours
 * (linked bakery data, the order's slot and note) to a route's list; it must
 * run before Medusa's query validation, hence regex matchers in middlewares.ts.
 */
export function allowStoreFields(...fields: string[]) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    req.allowed = [...(req.allowed ?? []), ...fields]
    next()
  }
}
