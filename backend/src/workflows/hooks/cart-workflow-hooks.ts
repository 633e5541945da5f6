import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { type CartOrderCreated, composeHookHandlers } from "../hook-handlers"
import { bookBakePlan } from "./book-bake-plan"
import { bookFulfillmentSlot } from "./book-fulfillment-slot"
import { capPayAtPickupOrders, releasePayAtPickupCap } from "./cap-pay-at-pickup-orders"
import { holdCartStock } from "./hold-cart-stock"
import { linkBakePlanOrder } from "./link-bake-plan-order"
import { linkFulfillmentSlotOrder } from "./link-fulfillment-slot-order"
import { refuseReturnedCardPayment } from "./refuse-returned-card-payment"
import { limitStockOnAddToCart, limitStockOnCreateCart, limitStockOnLineUpdate } from "./limit-cart-stock"
import {
  checkInscriptionsOnAddToCart,
  checkInscriptionsOnCreateCart,
  checkInscriptionsOnLineUpdate,
} from "./validate-inscriptions"

// Medusa takes one handler per hook, so the concerns sharing a core cart hook
// are listed here, in the order they run (cheap refusals first).

addToCartWorkflow.hooks.validate(...composeHookHandlers(checkInscriptionsOnAddToCart, limitStockOnAddToCart))

createCartWorkflow.hooks.validate(...composeHookHandlers(checkInscriptionsOnCreateCart, limitStockOnCreateCart))

updateLineItemInCartWorkflow.hooks.validate(
  ...composeHookHandlers(checkInscriptionsOnLineUpdate, limitStockOnLineUpdate)
)

// A card payment given back and the pay-at-pickup cap first: they write nothing,
// so their refusals leave nothing to undo (the cap's locks are let go with them).
// Stock and the bake plan before the slot: a basket that cannot be baked never
// holds a slot's place, where it could turn away a customer whose order would have fitted.
completeCartWorkflow.hooks.validate(
  ...composeHookHandlers(refuseReturnedCardPayment, capPayAtPickupOrders, holdCartStock, bookBakePlan, bookFulfillmentSlot)
)

type OrderCreatedHook = (...handler: ReturnType<typeof composeHookHandlers<CartOrderCreated>>) => void

// complete-cart declares `orderCreated` at runtime but leaves it out of its public types.
const orderCreated = (completeCartWorkflow.hooks as unknown as { orderCreated: OrderCreatedHook }).orderCreated

// The pay-at-pickup cap's locks go last: letting go never fails the order.
orderCreated(...composeHookHandlers(linkFulfillmentSlotOrder, linkBakePlanOrder, releasePayAtPickupCap))
