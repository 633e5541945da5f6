import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { authorizeInterruptedPaymentsStep } from "./steps/authorize-interrupted-payments"
import { cancelOrphanedOrdersStep } from "./steps/cancel-orphaned-orders"
import { listInterruptedOrdersStep } from "./steps/list-interrupted-orders"
import { restoreOrderReservationsStep } from "./steps/restore-order-reservations"

/**
 * Finishes what completions that died left of their orders (see
 * order-reservations.ts): missing stock reservations are written,
 * payments never authorized are authorized, orders never tied to their cart
 * are canceled. Returns the order ids of each.
 */
export const repairInterruptedOrdersWorkflow = createWorkflow(
  "repair-interrupted-orders",
  (input: { older_than_minutes: number; newer_than_minutes: number }) => {
    const found = listInterruptedOrdersStep(input)
    const reserved = restoreOrderReservationsStep(transform({ found }, ({ found }) => found.unreserved))
    const authorized = authorizeInterruptedPaymentsStep(transform({ found }, ({ found }) => found.unauthorized))
    const canceled = cancelOrphanedOrdersStep(transform({ found }, ({ found }) => found.orphaned))
    return new WorkflowResponse({ reserved, authorized, canceled })
  }
)
