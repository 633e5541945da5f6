import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import type { HookHandler, HookInput } from "../hook-handlers"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"
import {
  normalisePhone,
  PAY_AT_PICKUP_PROVIDER,
  payAtPickupCapProblem,
  payAtPickupDailyCap,
  startOfBakeryDay,
  type PlacedOrderFacts,
} from "../../lib/rate-limits/pay-at-pickup-cap"

type CompletingCart = {
  email?: string | null
  shipping_address?: { phone?: string | null } | null
  billing_address?: { phone?: string | null } | null
  payment_collection?: { payment_sessions?: { provider_id: string }[] | null } | null
}

const paysAtPickup = (sessions: { provider_id?: string | null }[] | null | undefined) =>
  (sessions ?? []).some((session) => session?.provider_id === PAY_AT_PICKUP_PROVIDER)

/**
 * A pay-at-pickup cart whose email or phone already has today's cap of open
 * pay-at-pickup orders is refused with a 400 before anything is written.
 * Two such carts completing in the very same moment can both pass; the order
 * rate limits per address and email keep that window small.
 */
export async function refusePayAtPickupOverCap(container: MedusaContainer, cart: CompletingCart): Promise<void> {
  if (!paysAtPickup(cart.payment_collection?.payment_sessions)) {
    return
  }
  const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
  const { timezone } = await scheduling.retrieveShopSchedule()
  const contact = { email: cart.email, phone: cart.shipping_address?.phone || cart.billing_address?.phone }
  const today = {
    created_at: { $gte: startOfBakeryDay(new Date(), timezone) },
    status: { $nin: ["canceled", "completed", "archived", "draft"] },
  }
  const phone = normalisePhone(contact.phone)
  // Only today's orders that may share the email or the phone's last four
  // digits are read; the rule compares them exactly.
  const [byEmail, byPhone] = await Promise.all([
    contact.email ? todaysOrders(container, { ...today, email: { $ilike: escapeLike(contact.email.trim()) } }) : [],
    phone ? todaysOrders(container, { ...today, shipping_address: { phone: { $ilike: `%${phone.slice(-4)}` } } }) : [],
  ])
  const orders = [...new Map([...byEmail, ...byPhone].map((order) => [order.id, order])).values()]
  const problem = payAtPickupCapProblem(contact, orders, payAtPickupDailyCap())
  if (problem) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)
  }
}

/**
 * completeCartWorkflow's validate hook, first of its handlers (cart-workflow-hooks.ts):
 * it writes nothing, so a refusal leaves no stock held and no slot booked. A cart that
 * is already an order (completed twice) is not counted against itself.
 */
export const capPayAtPickupOrders: HookHandler<HookInput<typeof completeCartWorkflow.hooks.validate>> = {
  invoke: async ({ cart }, { container }) => {
    if (!cart.completed_at) {
      await refusePayAtPickupOverCap(container, cart as CompletingCart)
    }
  },
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, "\\$&")

async function todaysOrders(container: MedusaContainer, filters: Record<string, unknown>): Promise<(PlacedOrderFacts & { id: string })[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "email",
      "status",
      "shipping_address.phone",
      "fulfillments.canceled_at",
      "payment_collections.payment_sessions.provider_id",
    ],
    filters,
  })
  return data.map((order: any) => ({
    id: order.id,
    email: order.email,
    phone: order.shipping_address?.phone,
    status: order.status,
    has_fulfillment: (order.fulfillments ?? []).some((f: any) => f && !f.canceled_at),
    pay_at_pickup: (order.payment_collections ?? []).some((pc: any) => paysAtPickup(pc?.payment_sessions)),
  }))
}
