import { ContainerRegistrationKeys, Modules, PaymentSessionStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Asks the payment provider to authorize the sessions of orders whose
 * completion died before doing so (see listInterruptedOrdersStep), as
 * completeCartWorkflow's authorize step would have, and records captures the
 * provider made at once as the order's transactions. Without this Maya could
 * not take the payment in the admin. A session the provider refuses is logged
 * for Maya (the order stays, awaiting payment); one the provider could not be
 * asked about is tried again by the next run. Returns the order ids authorized.
 */
export const authorizeInterruptedPaymentsStep = createStep(
  "authorize-interrupted-payments",
  async (sessions: { order_id: string; payment_session_id: string }[], { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    const orders = container.resolve(Modules.ORDER)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const authorized: string[] = []
    for (const { order_id, payment_session_id } of sessions) {
      try {
        await payments.authorizePaymentSession(payment_session_id, {})
        const session = await payments.retrievePaymentSession(payment_session_id, { relations: ["payment", "payment.captures"] })
        if (session.status !== PaymentSessionStatus.AUTHORIZED || !session.payment) {
          logger.warn(`The payment of order ${order_id} was not authorized (${session.status}); it awaits payment in the admin.`)
          continue
        }
        const captures = session.payment.captures ?? []
        if (captures.length) {
          await orders.addOrderTransactions(
            captures.map((capture) => ({
              order_id,
              amount: capture.raw_amount ?? capture.amount,
              currency_code: session.payment!.currency_code,
              reference: "capture",
              reference_id: capture.id,
            }))
          )
        }
        authorized.push(order_id)
        logger.warn(`Authorized the payment of order ${order_id}, which a stopped checkout left unasked.`)
      } catch (error) {
        logger.warn(`Could not authorize the payment of order ${order_id}: ${(error as Error).message}`)
      }
    }
    return new StepResponse(authorized)
  }
)
