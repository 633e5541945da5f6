import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_LINK_DAYS, orderLinkSecret, signOrderToken } from "../../lib/order-access"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The token for the order page link in the customer's emails, or null when ORDER_LINK_SECRET is unset
 * (development without npm start): the link then asks the customer to sign in.
 * No compensation: nothing is written.
 */
export const signOrderLinkStep = createStep(
  "sign-order-link",
  async (input: { order_id: string }) => {
    const secret = orderLinkSecret()
    const expiresAt = new Date(Date.now() + ORDER_LINK_DAYS * DAY_MS)
    return new StepResponse(secret ? signOrderToken(input.order_id, expiresAt, secret) : null)
  }
)
