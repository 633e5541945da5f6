import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Asks Stripe, through Medusa's payment module, whether the customer paid:
 * a paid or authorized intent gets its Payment record (as completion or the
 * webhook would write it) and its id is returned; an unpaid one answers null.
 * Nothing to undo: the record only states what Stripe already holds, and a
 * later failure is answered by returnCardPaymentStep, not by forgetting it.
 */
export const authorizeCardPaymentStep = createStep(
  "authorize-card-payment",
  async ({ payment_session_id }: { payment_session_id: string }, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    try {
      const payment = await payments.authorizePaymentSession(payment_session_id, {})
      return new StepResponse(payment ? payment.id : null)
    } catch (error) {
      // The module's answer for an intent the customer has not paid (yet).
      if (MedusaError.isMedusaError(error) && error.type === MedusaError.Types.NOT_ALLOWED) {
        return new StepResponse(null)
      }
      throw error
    }
  }
)
