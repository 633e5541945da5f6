import type { MedusaContainer } from "@medusajs/framework/types"
import { repairInterruptedOrdersWorkflow } from "../workflows/repair-interrupted-orders"

/**
 * An order younger than this may still be finishing. Medusa's lock on a
 * completing cart lives two minutes, so no completion runs longer.
 */
export const INTERRUPTED_ORDER_MINUTES = 2
/**
 * Repairs happen within a minute or two; looking further back would only
 * re-create a reservation Maya deleted by hand in the admin.
 */
export const REPAIR_WINDOW_MINUTES = 60

/**
 * A backend that dies while a cart completes can leave its order without
 * stock reservations (the units could be sold again) or without its cart (a
 * duplicate when the customer orders again). Customers who retry are repaired
 * at once by the completion hook; this job covers those who never do.
 */
export default async function repairInterruptedOrdersJob(container: MedusaContainer) {
  await repairInterruptedOrdersWorkflow(container).run({
    input: { older_than_minutes: INTERRUPTED_ORDER_MINUTES, newer_than_minutes: REPAIR_WINDOW_MINUTES },
  })
}

export const config = {
  name: "repair-interrupted-orders",
  schedule: "* * * * *",
}
