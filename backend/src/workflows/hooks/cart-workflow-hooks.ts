import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { composeHookHandlers } from "../hook-handlers"
import { bookFulfillmentSlot } from "./book-fulfillment-slot"
import { capPayAtPickupOrders } from "./cap-pay-at-pickup-orders"
import {
  checkInscriptionsOnAddToCart,
  checkInscriptionsOnCreateCart,
  checkInscriptionsOnLineUpdate,
} from "./validate-inscriptions"

// Medusa takes one handler per hook, so the concerns sharing a core cart hook
// are listed here, in the order they run (cheap refusals first).

addToCartWorkflow.hooks.validate(...composeHookHandlers(checkInscriptionsOnAddToCart))

createCartWorkflow.hooks.validate(...composeHookHandlers(checkInscriptionsOnCreateCart))

updateLineItemInCartWorkflow.hooks.validate(...composeHookHandlers(checkInscriptionsOnLineUpdate))

// The pay-at-pickup cap first: it holds nothing, so its refusal leaves nothing to undo.
completeCartWorkflow.hooks.validate(...composeHookHandlers(capPayAtPickupOrders, bookFulfillmentSlot))
