import { z } from "@medusajs/framework/zod"
import { FULFILLMENT_TYPES } from "../../../../../modules/scheduling/slot-calendar"

export const StoreGetCartBakeDays = z
  .object({
    /** Pickup and delivery can differ in days; the cart's chosen type, else pickup, unless asked. */
    type: z.enum(FULFILLMENT_TYPES).optional(),
  })
  .strict()

export type StoreGetCartBakeDaysType = z.infer<typeof StoreGetCartBakeDays>
