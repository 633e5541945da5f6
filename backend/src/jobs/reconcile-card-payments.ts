import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reconcileCardPaymentWorkflow } from "../workflows/reconcile-card-payment"
import { listUnsettledCardPayments } from "../workflows/unsettled-card-payments"

/** Longer than any checkout between paying and completing, browser or webhook (Medusa delays webhooks 5 s, retries 3 times). */
export const UNSETTLED_AFTER_MINUTES = 5
/** Stripe's card authorizations lapse after 7 days; older sessions are history. */
export const UNSETTLED_WITHIN_DAYS = 7

/**
 * A card charged whose completion failed (stock gone, the backend died) must
 * not leave the customer paid and orderless: every few minutes each such
 * payment is resolved, an order placed or the money given back.
 */
export async function reconcileCardPayments(container: MedusaContainer, older_than_minutes = UNSETTLED_AFTER_MINUTES) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const unsettled = await listUnsettledCardPayments(container, { older_than_minutes, within_days: UNSETTLED_WITHIN_DAYS })
  const resolutions: string[] = []
  for (const payment of unsettled) {
    try {
      const { result } = await reconcileCardPaymentWorkflow(container).run({ input: payment })
      resolutions.push(result)
    } catch (error) {
      // One cart that cannot be resolved now must not hold up the others; the next run tries it again.
      logger.error(`Could not reconcile the card payment of cart ${payment.cart_id}: ${(error as Error).message}`)
    }
  }
  return resolutions
}

// Medusa calls a job with (container, context): the context must not land in older_than_minutes.
export default async function reconcileCardPaymentsJob(container: MedusaContainer) {
  return reconcileCardPayments(container)
}

export const config = {
  name: "reconcile-card-payments",
  schedule: "*/10 * * * *",
}
