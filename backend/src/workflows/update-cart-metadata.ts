import type { CartDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  releaseLockStep,
  updateCartsStep,
  useQueryGraphStep,
  validateCartStep,
} from "@medusajs/medusa/core-flows"

export type UpdateCartMetadataInput = {
  cart_id: string
  /** Merged into the cart's metadata; a key set to "" is removed. */
  metadata: Record<string, unknown>
}

/**
 * Merges bakery keys (the chosen slot, the order note) into a cart's metadata
 * under the same lock Medusa's cart workflows take. It does not go through
 * updateCartWorkflow: that one re-prices the whole cart (prices, promotions,
 * taxes, shipping), which made choosing a slot as slow as setting the
 * address (figures in bench/README.md), and nothing kept here changes a
 * price. Medusa copies cart metadata onto the order at completion.
 */
export const updateCartMetadataWorkflow = createWorkflow(
  "update-cart-metadata",
  (input: UpdateCartMetadataInput) => {
    acquireLockStep({ key: input.cart_id, timeout: 2, ttl: 10 })
    const { data: cart } = useQueryGraphStep({
      entity: "cart",
      fields: ["id", "completed_at"],
      filters: { id: input.cart_id },
      options: { throwIfKeyNotFound: true, isList: false },
    })
    // validateCartStep only reads completed_at; the graph's Cart type lacks the DTO's totals.
    validateCartStep({ cart: cart as unknown as CartDTO })
    const update = transform({ input }, ({ input }) => [{ id: input.cart_id, metadata: input.metadata }])
    updateCartsStep(update)
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse(input.metadata)
  }
)
