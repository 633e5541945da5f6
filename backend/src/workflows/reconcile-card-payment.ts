import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { authorizeCardPaymentStep } from "./steps/authorize-card-payment"
import { checkCardPaymentOpenStep, type CardPaymentInput } from "./steps/check-card-payment-open"
import { completePaidCartStep } from "./steps/complete-paid-cart"
import { returnCardPaymentStep } from "./steps/return-card-payment"

/** What became of a card payment found without an order. */
export type CardPaymentResolution = "settled" | "unpaid" | "placed" | "refunded" | "canceled"

/**
 * Resolves one card payment whose cart has no order: nothing if it is settled
 * meanwhile or the customer never paid; otherwise the order is placed if the
 * cart can still complete, and the money is given back if the shop refuses
 * it. One run per cart at a time (a lock of its own: completion takes the
 * cart's id itself), so two runs never both act.
 */
export const reconcileCardPaymentWorkflow = createWorkflow(
  "reconcile-card-payment",
  (input: CardPaymentInput) => {
    const key = transform({ input }, ({ input }) => `card-payment-reconciliation:${input.cart_id}`)
    acquireLockStep({ key, timeout: 60, ttl: 180 })
    const open = checkCardPaymentOpenStep(input)
    const paymentId = when({ open }, ({ open }) => open).then(() => authorizeCardPaymentStep(input))
    const placing = when({ paymentId }, ({ paymentId }) => !!paymentId).then(() =>
      completePaidCartStep({ cart_id: input.cart_id })
    )
    const returned = when({ placing }, ({ placing }) => !!placing?.refusal).then(() =>
      returnCardPaymentStep(
        transform({ input, paymentId, placing }, ({ input, paymentId, placing }) => ({
          cart_id: input.cart_id,
          payment_id: paymentId!,
          refusal: placing!.refusal!,
        }))
      )
    )
    releaseLockStep({ key })
    return new WorkflowResponse(
      transform({ open, paymentId, placing, returned }, ({ open, paymentId, placing, returned }): CardPaymentResolution => {
        if (!open) {
          return "settled"
        }
        if (!paymentId) {
          return "unpaid"
        }
        return returned ?? (placing?.order_id ? "placed" : "settled")
      })
    )
  }
)
