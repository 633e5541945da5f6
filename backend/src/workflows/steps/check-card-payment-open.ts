import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isPaymentReturned } from "../../lib/card-payments"

export type CardPaymentInput = { cart_id: string; payment_session_id: string }

/**
 * Re-read under the reconciliation lock: a cart that became an order, or whose
 * payment was already given back, since it was listed is left alone, so a
 * second run (or a webhook in between) never acts twice.
 */
export const checkCardPaymentOpenStep = createStep(
  "check-card-payment-open",
  async ({ cart_id, payment_session_id }: CardPaymentInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: carts }, { data: orders }, { data: sessions }] = await Promise.all([
      query.graph({ entity: "cart", fields: ["id", "completed_at"], filters: { id: cart_id } }),
      query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id } }),
      query.graph({
        entity: "payment_session",
        fields: ["id", "payment.canceled_at", "payment.captures.amount", "payment.refunds.amount"],
        filters: { id: payment_session_id },
      }),
    ])
    const open =
      carts.length > 0 &&
      !carts[0].completed_at &&
      orders.length === 0 &&
      sessions.length > 0 &&
      !isPaymentReturned(sessions[0].payment as any)
    return new StepResponse(open)
  }
)
