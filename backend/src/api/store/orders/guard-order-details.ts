import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ORDER_TOKEN_HEADER, orderLinkSecret, verifyOrderToken } from "../../../lib/order-access"

/** `GET /store/orders/:id` (a regex, so it runs before Medusa's own middlewares for the route). */
export const ORDER_DETAILS_ROUTE = /^\/store\/orders\/([^/]+)\/?$/

/**
 * Medusa answers `GET /store/orders/:id` to anyone holding the id, and its default fields already carry
 * the email, phone and addresses; we add the slot and the customer's note. The id travels in emails and
 * URLs, so merely dropping our fields for strangers would still leak the address: the route answers only
 * the signed-in customer who owns the order, or a caller with a valid order token (the email's link, or
 * the storefront on behalf of the browser that placed it). Anyone else gets the 404 a missing order gets.
 */
export async function guardOrderDetails(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const orderId = ORDER_DETAILS_ROUTE.exec(req.path)?.[1] ?? ""
  const token = req.get(ORDER_TOKEN_HEADER)
  if (orderId && verifyOrderToken(orderId, token, orderLinkSecret())) {
    return next()
  }
  const customerId = req.auth_context?.actor_id
  if (orderId && customerId) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["customer_id"], filters: { id: orderId } })
    if (data[0]?.customer_id === customerId) {
      return next()
    }
  }
  next(new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`))
}
