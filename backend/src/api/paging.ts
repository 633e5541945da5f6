import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const WHOLE_NUMBER = /^\d{1,9}$/

/**
 * Medusa's list validators turn `limit`/`offset` into any number, so a
 * negative or fractional one reaches Postgres and answers 500. Pagination is
 * a whole number of 0 or more; anything else is the client's mistake.
 */
export function requireWholePaging(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.query as Record<string, unknown>
  for (const name of ["limit", "offset"]) {
    const value = query[name]
    if (value !== undefined && !(typeof value === "string" && WHOLE_NUMBER.test(value))) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, `${name} must be a whole number of 0 or more, like ${name === "limit" ? 24 : 0}.`))
    }
  }
  next()
}
