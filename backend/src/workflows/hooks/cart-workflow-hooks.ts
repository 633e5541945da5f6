import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { composeHookHandlers } from "../hook-handlers"
import { bookFulfillmentSlot } from "./book-fulfillment-slot"
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

completeCartWorkflow.hooks.validate(...composeHookHandlers(bookFulfillmentSlot))
