import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkBasketBakeDayStep } from "./steps/check-basket-bake-day"
import {
  validateFulfillmentSlotStep,
  type ValidateFulfillmentSlotInput,
} from "./steps/validate-fulfillment-slot"
import { updateCartMetadataWorkflow } from "./update-cart-metadata"

/**
 * Records the customer's pickup or delivery time on the cart as
 * `metadata.fulfillment_slot` (other keys, like the order note, stay); Medusa
 * copies it onto the order at completion. A day the bake plan can no longer
 * bake the basket for is refused here already (409), as a full slot is.
 */
export const setCartFulfillmentSlotWorkflow = createWorkflow(
  "set-cart-fulfillment-slot",
  (input: ValidateFulfillmentSlotInput) => {
    const slot = validateFulfillmentSlotStep(input)
    checkBasketBakeDayStep(transform({ input, slot }, ({ input, slot }) => ({ cart_id: input.cart_id, slot })))
    const update = transform({ input, slot }, ({ input, slot }) => ({
      cart_id: input.cart_id,
      metadata: { fulfillment_slot: slot },
    }))
    updateCartMetadataWorkflow.runAsStep({ input: update })
    return new WorkflowResponse(slot)
  }
)
