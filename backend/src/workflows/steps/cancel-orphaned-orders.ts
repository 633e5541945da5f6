import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"

/**
 * Cancels checkout orders whose completion died before linking them to their
 * cart (see listInterruptedOrdersStep). Nobody was told of them: the
 * customer's completion failed, no payment was taken and no confirmation sent,
 * so they are canceled without an email (`no_notification`) and marked in
 * their metadata for Maya. Returns the canceled order ids.
 */
export const cancelOrphanedOrdersStep = createStep("cancel-orphaned-orders", async (orderIds: string[], { container }) => {
  const orderModule = container.resolve(Modules.ORDER)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const canceled: string[] = []
  for (const id of orderIds) {
    try {
      const order = await orderModule.retrieveOrder(id, { select: ["id", "display_id", "metadata"] })
      await orderModule.updateOrders(id, {
        no_notification: true,
        metadata: { ...(order.metadata ?? {}), interrupted_checkout: true },
      })
      await cancelOrderWorkflow(container).run({ input: { order_id: id } })
      canceled.push(id)
      logger.warn(`Order #${order.display_id} was canceled: its checkout stopped before it was finished, and the customer was told it failed.`)
    } catch (error) {
      logger.warn(`Could not cancel the unfinished order ${id} yet: ${(error as Error).message}`)
    }
  }
  return new StepResponse(canceled)
})
