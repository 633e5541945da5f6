import { STRIPE_PUBLISHABLE_KEY } from "astro:env/server"
import type { HttpTypes } from "@medusajs/types"
import { retrieveCart } from "./medusa/cart"
import { listPaymentProviders, listShippingOptions } from "./medusa/checkout"
import { getBakerySettings, listFulfillmentSlots } from "./medusa/scheduling"
import type { BakeryCart, BakerySettings, ClosedDay, FulfillmentSlot, FulfillmentType } from "./medusa/types"
import { addDays, dateInZone, groupSlotsByDay } from "./bakery-time"
import { offeredPaymentProviders } from "./payment/providers"

export const STEPS = ["details", "slot", "payment", "review"] as const
export type CheckoutStep = (typeof STEPS)[number]


export interface CheckoutView {
  cart: BakeryCart
  settings: BakerySettings
  step: CheckoutStep
  furthest: CheckoutStep
  fulfillment: FulfillmentType | null
  shippingOptions: HttpTypes.StoreCartShippingOption[]
  slotDays: { date: string; slots: FulfillmentSlot[] }[]
  closedDays: ClosedDay[]
  selectedDay: string | null
  slotsUnavailable: boolean
  providers: string[]
  stripePublishableKey: string | null
}

/** Which of "Pickup at the shop" / "Local delivery" the cart's shipping method is. */
export function fulfillmentOf(cart: BakeryCart, options: HttpTypes.StoreCartShippingOption[]): FulfillmentType | null {
  const method = cart.shipping_methods?.[0]
  if (!method) return null
  const option = options.find((o) => o.id === method.shipping_option_id)
  const code = option?.type?.code
  if (code === "pickup" || code === "delivery") return code
  return /deliver/i.test(method.name ?? "") ? "delivery" : /pick/i.test(method.name ?? "") ? "pickup" : null
}

/** The first step not done yet: details → slot → payment → review. */
export function furthestStep(cart: BakeryCart, fulfillment: FulfillmentType | null): CheckoutStep {
  if (!cart.email || !fulfillment) return "details"
  if (cart.metadata?.fulfillment_slot?.type !== fulfillment) return "slot"
  if (!cart.payment_collection?.payment_sessions?.length) return "payment"
  return "review"
}

export function allowedStep(requested: string | null, furthest: CheckoutStep): CheckoutStep {
  const wanted = STEPS.indexOf(requested as CheckoutStep)
  return wanted >= 0 && wanted <= STEPS.indexOf(furthest) ? STEPS[wanted]! : furthest
}

/** Everything the checkout page shows, or null when there is no basket to check out. */
export async function loadCheckout(
  cartId: string | undefined,
  token: string | undefined,
  requestedStep: string | null,
  requestedDay: string | null,
): Promise<CheckoutView | null> {
  if (!cartId) return null
  // The cart's shipping options are asked for while the cart itself is read (only the slot list waits
  // for it); without a cart to check out their answer is not needed, nor its failure.
  const options = listShippingOptions(cartId)
  options.catch(() => undefined)
  const cart = await retrieveCart(cartId, token)
  if (!cart?.items?.length) return null
  const [settings, shippingOptions, regionProviders] = await Promise.all([
    getBakerySettings(),
    options,
    listPaymentProviders(cart.region_id ?? ""),
  ])
  const fulfillment = fulfillmentOf(cart, shippingOptions)
  const furthest = furthestStep(cart, fulfillment)
  const step = allowedStep(requestedStep, furthest)

  let slotDays: CheckoutView["slotDays"] = []
  let closedDays: ClosedDay[] = []
  let slotsUnavailable = false
  if (step === "slot" && fulfillment) {
    const today = dateInZone(new Date(), settings.timezone)
    try {
      const found = await listFulfillmentSlots(cart.id, fulfillment, today, addDays(today, settings.booking_horizon_days ?? 14))
      slotDays = [...groupSlotsByDay(found.slots, settings.timezone)].map(([date, slots]) => ({ date, slots }))
      closedDays = found.closed_days
    } catch {
      // The scheduling route may be missing or failing; the page says so instead of breaking.
      slotsUnavailable = true
    }
  }
  const chosenDay = cart.metadata?.fulfillment_slot ? dateInZone(cart.metadata.fulfillment_slot.start, settings.timezone) : null
  const withRoom = slotDays.filter((d) => d.slots.some((s) => s.remaining > 0))
  const selectedDay =
    [requestedDay, chosenDay].find((day) => day && slotDays.some((d) => d.date === day)) ?? withRoom[0]?.date ?? null

  const stripePublishableKey = STRIPE_PUBLISHABLE_KEY ?? null
  const providers = offeredPaymentProviders(regionProviders, stripePublishableKey)

  return {
    cart,
    settings,
    step,
    furthest,
    fulfillment,
    shippingOptions,
    slotDays,
    closedDays,
    selectedDay,
    slotsUnavailable,
    providers,
    stripePublishableKey,
  }
}
