import { createHash } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { PAY_AT_PICKUP_PROVIDER } from "@sweet-crumbs/bakery-rules/payment-providers"
import type { CartOrderCreated, HookHandler, HookInput } from "../hook-handlers"
import { holdInOrder, letGo, letGoQuietly, type OrderedLocks } from "../ordered-locks"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"
import {
  capIdentities,
  type CartContact,
  normalisePhone,
  payAtPickupCapProblem,
  payAtPickupDailyCap,
  startOfBakeryDay,
  type PlacedOrderFacts,
} from "../../lib/rate-limits/pay-at-pickup-cap"

type Addressed = {
  email?: string | null
  shipping_address?: { phone?: string | null } | null
  billing_address?: { phone?: string | null } | null
}

type CompletingCart = Addressed & {
  payment_collection?: { payment_sessions?: { provider_id: string }[] | null } | null
}

/** How long a completion waits for another one with the same email or phone to become an order. */
const CAP_LOCK_WAIT_SECONDS = 30
/** Outlasts any completion (Medusa's own cart lock lives 2 minutes), so a crashed process frees the keys by itself. */
const CAP_LOCK_TTL_SECONDS = 120

const paysAtPickup = (sessions: { provider_id?: string | null }[] | null | undefined) =>
  (sessions ?? []).some((session) => session?.provider_id === PAY_AT_PICKUP_PROVIDER)

// The order copies the cart's addresses, so the cart and its order name the same contact.
const contactOf = ({ email, shipping_address, billing_address }: Addressed): CartContact => ({
  email,
  phone: shipping_address?.phone || billing_address?.phone,
})

// Hashed: the lock store need not hold customers' email addresses and phone numbers.
const capLockKey = (kind: "email" | "phone", value: string) =>
  `pay-at-pickup-cap:${kind}:${createHash("sha256").update(value).digest("hex")}`

/**
 * The locks a pay-at-pickup cart holds from its cap check until it is an order:
 * one per email and one per phone as the cap compares them, owned by the cart.
 */
function capLocksOf(cartId: string, contact: CartContact): OrderedLocks {
  const { email, phone } = capIdentities(contact)
  return {
    keys: [...(email ? [capLockKey("email", email)] : []), ...(phone ? [capLockKey("phone", phone)] : [])],
    owner: `pay-at-pickup-cap:${cartId}`,
  }
}

/** A pay-at-pickup cart whose email or phone already has today's cap of open pay-at-pickup orders is refused with a 400. */
async function refusePayAtPickupOverCap(container: MedusaContainer, contact: CartContact): Promise<void> {
  const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
  const { timezone } = await scheduling.retrieveShopSchedule()
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

async function hasOrder(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  return data.length > 0
}

/**
 * completeCartWorkflow's validate hook, before the handlers that hold stock
 * and book the slot (cart-workflow-hooks.ts). The count is read before the
 * order exists, so two carts with one email or phone completing in the same
 * moment (on any backend process) could both pass it: the cart holds a lock
 * per email and per phone from the check until its order exists
 * (releasePayAtPickupCap, in the orderCreated hook) and counts again under
 * them. A cart already over the cap is told at once, without queueing; a
 * refusal writes nothing; if a later step fails, the compensation lets go.
 */
export const capPayAtPickupOrders: HookHandler<HookInput<typeof completeCartWorkflow.hooks.validate>, OrderedLocks | null> = {
  invoke: async ({ cart }, { container }) => {
    const completing = cart as CompletingCart
    if (!paysAtPickup(completing.payment_collection?.payment_sessions)) {
      return new StepResponse(undefined, null)
    }
    // A cart that is already an order gets it back and is not counted against itself.
    if (cart.completed_at || (await hasOrder(container, cart.id))) {
      return new StepResponse(undefined, null)
    }
    const contact = contactOf(completing)
    await refusePayAtPickupOverCap(container, contact)
    const wanted = capLocksOf(cart.id, contact)
    if (!wanted.keys.length) {
      return new StepResponse(undefined, null)
    }
    const locks = await holdInOrder(container, wanted, {
      waitSeconds: CAP_LOCK_WAIT_SECONDS,
      ttlSeconds: CAP_LOCK_TTL_SECONDS,
      busy: () =>
        new MedusaError(
          MedusaError.Types.CONFLICT,
          "Other orders with this email address or phone number are being placed right now. Please try again in a moment."
        ),
    })
    try {
      await refusePayAtPickupOverCap(container, contact)
    } catch (error) {
      await letGoQuietly(container, locks, `the pay-at-pickup cap locks of cart ${cart.id}`)
      throw error
    }
    return new StepResponse(undefined, locks)
  },
  compensate: async (locks, { container }) => {
    if (locks) {
      await letGoQuietly(container, locks, `the pay-at-pickup cap locks of a cart that did not become an order`)
    }
  },
}

/**
 * completeCartWorkflow's orderCreated hook (cart-workflow-hooks.ts): the order
 * now exists and counts for the next completion with this email or phone, so
 * its cart's cap locks are let go. The order is placed by now: a lock that
 * cannot be let go is logged and freed by its TTL.
 */
export const releasePayAtPickupCap: HookHandler<CartOrderCreated> = {
  invoke: async ({ order_id, cart_id }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const what = `the pay-at-pickup cap locks of cart ${cart_id}`
    try {
      const { data } = await query.graph({
        entity: "order",
        fields: ["email", "shipping_address.phone", "billing_address.phone"],
        filters: { id: order_id },
      })
      await letGo(container, capLocksOf(cart_id, contactOf(data[0] ?? {})))
    } catch (error) {
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Could not release ${what}: ${(error as Error).message}`)
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
