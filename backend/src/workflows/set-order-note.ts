import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartMetadataWorkflow } from "./update-cart-metadata"

export type SetOrderNoteInput = { cart_id: string; note: string }

/**
 * Stores the note in the cart's metadata; other keys, like the chosen slot,
 * stay, and an empty note removes the key.
 */
export const setOrderNoteWorkflow = createWorkflow("set-order-note", (input: SetOrderNoteInput) => {
  const update = transform({ input }, ({ input }) => ({
    cart_id: input.cart_id,
    metadata: { order_note: input.note },
  }))
  updateCartMetadataWorkflow.runAsStep({ input: update })
  return new WorkflowResponse(update)
})
