import { z } from "@medusajs/framework/zod"
import { FULFILLMENT_TYPES } from "../../../../../modules/scheduling/slot-calendar"

export const StorePostFulfillmentSlot = z.object({
  type: z.enum(FULFILLMENT_TYPES),
  /** A slot `start` from GET /store/carts/:id/fulfillment-slots. */
  start: z.string().min(1),
})

export type StorePostFulfillmentSlotType = z.infer<typeof StorePostFulfillmentSlot>
