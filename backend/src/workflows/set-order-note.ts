import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"

export type SetOrderNoteInput = { cart_id: string; note: string }

/**
 * Stores the note in the cart's metadata, keeping the other keys (such as the
 * chosen slot); Medusa copies cart metadata onto the order when it completes.
 */
export const setOrderNoteWorkflow = createWorkflow("set-order-note", (input: SetOrderNoteInput) => {
  const { data: carts } = useQueryGraphStep({
    entity: "cart",
    fields: ["id", "metadata"],
    filters: { id: input.cart_id },
    options: { throwIfKeyNotFound: true },
  })
  const update = transform({ carts, input }, ({ carts, input }) => {
    const { order_note: _previous, ...metadata } = (carts[0].metadata ?? {}) as Record<string, unknown>
    return {
      id: input.cart_id,
      metadata: input.note ? { ...metadata, order_note: input.note } : metadata,
    }
  })
  updateCartWorkflow.runAsStep({ input: update })
  return new WorkflowResponse(update)
})
