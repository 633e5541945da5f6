import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  validateFulfillmentSlotStep,
  type ValidateFulfillmentSlotInput,
} from "./steps/validate-fulfillment-slot"

/**
 * Records the customer's pickup or delivery time on the cart as
 * `metadata.fulfillment_slot`. Medusa merges metadata on update, so the order
 * note and other keys survive, and copies it onto the order at completion.
 */
export const setCartFulfillmentSlotWorkflow = createWorkflow(
  "set-cart-fulfillment-slot",
  (input: ValidateFulfillmentSlotInput) => {
    const slot = validateFulfillmentSlotStep(input)
    const update = transform({ input, slot }, ({ input, slot }) => ({
      id: input.cart_id,
      metadata: { fulfillment_slot: slot },
    }))
    updateCartWorkflow.runAsStep({ input: update })
    return new WorkflowResponse(slot)
  }
)
