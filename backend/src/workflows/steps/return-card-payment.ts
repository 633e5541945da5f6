import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { heldAmount } from "../../lib/card-payments"

export type ReturnCardPaymentInput = { cart_id: string; payment_id: string; refusal: string }

/**
 * Gives the customer's money back at Stripe through Medusa's payment module:
 * a captured payment is refunded (what is still held), an authorized one is
 * canceled so the hold on the card lapses. Money handed back cannot be taken
 * again, so there is no compensation; the warning tells Maya.
 */
export const returnCardPaymentStep = createStep(
  "return-card-payment",
  async ({ cart_id, payment_id, refusal }: ReturnCardPaymentInput, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    const payment = await payments.retrievePayment(payment_id, {
      relations: ["captures", "refunds"],
    })
    const held = heldAmount(payment as any)
    let returned: "refunded" | "canceled"
    if (payment.captures?.length) {
      if (MathBN.gt(held, 0)) {
        await payments.refundPayment({ payment_id, amount: held, note: refusal })
      }
      returned = "refunded"
    } else {
      await payments.cancelPayment(payment_id)
      returned = "canceled"
    }
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Cart ${cart_id} was paid by card but could not become an order (${refusal}), so its payment was ${returned} at Stripe.`)
    return new StepResponse(returned)
  }
)
