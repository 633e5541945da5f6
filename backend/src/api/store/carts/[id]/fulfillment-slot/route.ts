import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { setCartFulfillmentSlotWorkflow } from "../../../../../workflows/set-cart-fulfillment-slot"
import type { StorePostFulfillmentSlotType } from "./validators"

/** Chooses the cart's pickup or delivery time; answers with the cart like Medusa's own cart routes. */
export const POST = async (
  req: MedusaRequest<StorePostFulfillmentSlotType>,
  res: MedusaResponse
) => {
  await setCartFulfillmentSlotWorkflow(req.scope).run({
    input: { cart_id: req.params.id, ...req.validatedBody },
  })
  const cart = await refetchCart(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ cart })
}
