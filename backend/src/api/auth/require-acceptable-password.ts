import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isAcceptablePassword, PASSWORD_RULE_MESSAGE } from "../../lib/passwords/password-rule"

/** The customer auth routes that set a password: sign-up and the reset link's update. */
export const CUSTOMER_PASSWORD_ROUTES = ["/auth/customer/emailpass/register", "/auth/customer/emailpass/update"]

/**
 * Refuses a weak password with 400 before Medusa's emailpass provider stores it, so the rule holds for
 * callers other than the storefront too. Medusa's auth routes have no body validator to hook into, so
 * this reads the parsed body itself.
 */
export function requireAcceptablePassword(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const password = (req.body as { password?: unknown } | undefined)?.password
  if (!isAcceptablePassword(password)) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, PASSWORD_RULE_MESSAGE))
  }
  next()
}
