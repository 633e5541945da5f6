import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { CARD_PROVIDER } from "@sweet-crumbs/bakery-rules/payment-providers"
import { isPaymentReturned } from "../../lib/card-payments"
import type { HookHandler, HookInput } from "../hook-handlers"

/**
 * Once reconcile-card-payments has given a cart's card payment back, a late
 * webhook or browser must not turn the cart into an order nobody paid for:
 * completion is refused with a 400 until the customer pays again (a new
 * payment session). Registered first in cart-workflow-hooks.ts; writes nothing.
 */
export const refuseReturnedCardPayment: HookHandler<HookInput<typeof completeCartWorkflow.hooks.validate>> = {
  invoke: async ({ cart }, { container }) => {
    const sessionIds = (cart.payment_collection?.payment_sessions ?? [])
      .filter((session: any) => session?.provider_id === CARD_PROVIDER)
      .map((session: any) => session.id)
    if (cart.completed_at || !sessionIds.length) {
      return
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: sessions } = await query.graph({
      entity: "payment_session",
      fields: ["payment.canceled_at", "payment.captures.amount", "payment.refunds.amount"],
      filters: { id: sessionIds },
    })
    if (sessions.some((session: any) => isPaymentReturned(session.payment))) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "We could not place this order, so your card payment was refunded. Please pay again to place it."
      )
    }
  },
}
