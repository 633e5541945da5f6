import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, PaymentSessionStatus } from "@medusajs/framework/utils"
import { CARD_PROVIDER } from "@sweet-crumbs/bakery-rules/payment-providers"
import { isPaymentReturned } from "../lib/card-payments"
import type { CardPaymentInput } from "./steps/check-card-payment-open"

/** Session states in which the customer may have paid: unpaid-looking ones too, as Medusa only learns of a payment when asked. */
const MAYBE_PAID = [
  PaymentSessionStatus.PENDING,
  PaymentSessionStatus.REQUIRES_MORE,
  PaymentSessionStatus.AUTHORIZED,
  PaymentSessionStatus.CAPTURED,
]

/**
 * Card payment sessions untouched for `older_than_minutes` (no checkout is
 * still under way) and younger than `within_days`, whose cart has no order
 * and whose payment was not given back: each may be a customer charged
 * without an order, for reconcileCardPaymentWorkflow to resolve.
 */
export async function listUnsettledCardPayments(
  container: MedusaContainer,
  { older_than_minutes, within_days }: { older_than_minutes: number; within_days: number }
): Promise<CardPaymentInput[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const now = Date.now()
  const { data: sessions } = await query.graph({
    entity: "payment_session",
    fields: ["id", "payment_collection_id", "payment.canceled_at", "payment.captures.amount", "payment.refunds.amount"],
    filters: {
      provider_id: CARD_PROVIDER,
      status: MAYBE_PAID,
      updated_at: { $lt: new Date(now - older_than_minutes * 60_000) },
      created_at: { $gt: new Date(now - within_days * 86_400_000) },
    },
  })
  const open = sessions.filter((session: any) => !isPaymentReturned(session.payment))
  if (!open.length) {
    return []
  }
  const { data: links } = await query.graph({
    entity: "cart_payment_collection",
    fields: ["cart_id", "payment_collection_id"],
    filters: { payment_collection_id: open.map((session: any) => session.payment_collection_id) },
  })
  const cartIds = links.map((link: any) => link.cart_id)
  if (!cartIds.length) {
    return []
  }
  const [{ data: carts }, { data: ordered }] = await Promise.all([
    query.graph({ entity: "cart", fields: ["id"], filters: { id: cartIds, completed_at: null } }),
    query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { cart_id: cartIds } }),
  ])
  const waiting = new Set(carts.map((cart: any) => cart.id))
  ordered.forEach((link: any) => waiting.delete(link.cart_id))
  const cartOf = new Map(links.map((link: any) => [link.payment_collection_id, link.cart_id]))
  return open
    .map((session: any) => ({ cart_id: cartOf.get(session.payment_collection_id), payment_session_id: session.id }))
    .filter((item): item is CardPaymentInput => !!item.cart_id && waiting.has(item.cart_id))
}
