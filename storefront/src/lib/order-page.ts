import type { AstroCookies } from "astro"
import type { HttpTypes } from "@medusajs/types"
import { ORDER_LINK_SECRET } from "astro:env/server"
import { retrieveOrder } from "./medusa/orders"
import { backendOrderToken } from "./order-access"
import { getCustomerToken, placedHere } from "./visitor"

/**
 * The order as this visitor may see it, or null. The backend decides: the email link's token (`linkToken`,
 * from ?token=) is passed on as is; the browser that placed the order gets a short token of our own; a
 * signed-in customer is shown only their own orders.
 */
export async function orderForVisitor(id: string, cookies: AstroCookies, linkToken: string | null): Promise<HttpTypes.StoreOrder | null> {
  const customerToken = getCustomerToken(cookies)
  const orderToken = linkToken || (ORDER_LINK_SECRET && placedHere(cookies, id) ? backendOrderToken(id, ORDER_LINK_SECRET) : undefined)
  if (!orderToken && !customerToken) return null
  return retrieveOrder(id, customerToken, orderToken)
}
