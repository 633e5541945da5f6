import { z } from "@medusajs/framework/zod"
import { FULFILLMENT_TYPES } from "../../../../modules/scheduling/slot-calendar"

export const StoreGetProductBakeDays = z
  .object({
    product_id: z.string().min(1, { message: "Say which product, e.g. ?product_id=prod_…" }),
    /** Pickup and delivery can differ in days (delivery slots, opening hours); pickup unless asked. */
    type: z.enum(FULFILLMENT_TYPES).default("pickup"),
  })
  .strict()

export type StoreGetProductBakeDaysType = z.infer<typeof StoreGetProductBakeDays>
