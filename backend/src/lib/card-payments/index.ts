import { MathBN } from "@medusajs/framework/utils"

type Amounts = { amount: unknown }[] | null | undefined

/** A card payment as Medusa records it once the session is authorized. */
export type RecordedCardPayment = {
  canceled_at?: Date | string | null
  captures?: Amounts
  refunds?: Amounts
}

const total = (amounts: Amounts) =>
  (amounts ?? []).reduce((sum, { amount }) => MathBN.add(sum, amount as number), MathBN.convert(0))

/** What is still held from the customer: captured and not yet refunded. */
export const heldAmount = (payment: RecordedCardPayment) => MathBN.sub(total(payment.captures), total(payment.refunds))

/**
 * The shop gave this card payment back: canceled before capture, or captured
 * and refunded in full. Such a payment never turns its cart into an order.
 */
export function isPaymentReturned(payment: RecordedCardPayment | null | undefined): boolean {
  if (!payment) {
    return false
  }
  if (payment.canceled_at) {
    return true
  }
  return (payment.captures ?? []).length > 0 && MathBN.lte(heldAmount(payment), 0)
}
