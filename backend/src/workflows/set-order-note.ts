import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"

export type SetOrderNoteInput = { cart_id: string; note: string }

/**
 * Stores the note in the cart's metadata; Medusa merges metadata (other keys,
 * like the chosen slot, stay) and removes a key set to "". Medusa copies cart
 * metadata onto the order when the cart completes.
 */
export const setOrderNoteWorkflow = createWorkflow("set-order-note", (input: SetOrderNoteInput) => {
  const update = transform({ input }, ({ input }) => ({
    id: input.cart_id,
    metadata: { order_note: input.note },
  }))
  updateCartWorkflow.runAsStep({ input: update })
  return new WorkflowResponse(update)
})
