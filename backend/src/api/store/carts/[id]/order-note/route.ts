import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { setOrderNoteWorkflow } from "../../../../../workflows/set-order-note"
import type { StoreSetOrderNoteType } from "./validators"

/** Sets (or, with an empty note, clears) the cart's note about allergies or requests. */
export async function POST(req: MedusaRequest<StoreSetOrderNoteType>, res: MedusaResponse) {
  await setOrderNoteWorkflow(req.scope).run({
    input: { cart_id: req.params.id, note: req.validatedBody.note },
  })
  const cart = await refetchCart(req.params.id, req.scope, ["id", "metadata"])
  res.json({ cart })
}
