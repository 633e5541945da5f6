import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type OrderOfCart, restoreOrderReservations } from "../order-reservations"

/** How long the repair waits for a cart that a completion (or a dead one's lock) still holds; the next run tries again. */
const CART_LOCK_WAIT_SECONDS = 5

/**
 * Writes the reservations these orders lack, each under Medusa's lock on its
 * cart so a customer's retry of the same completion cannot write them too.
 * Returns the order ids that got reservations. An order that cannot be
 * repaired now is logged and left for the next run; the others still are.
 */
export const restoreOrderReservationsStep = createStep(
  "restore-order-reservations",
  async (orders: OrderOfCart[], { container }) => {
    const locking = container.resolve(Modules.LOCKING)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const repaired: string[] = []
    for (const order of orders) {
      try {
        const created = await locking.execute(order.cart_id, () => restoreOrderReservations(container, order), {
          timeout: CART_LOCK_WAIT_SECONDS,
        })
        if (created.length) {
          repaired.push(order.order_id)
        }
      } catch (error) {
        logger.warn(`Could not check the stock reservations of order ${order.order_id} yet: ${(error as Error).message}`)
      }
    }
    return new StepResponse(repaired)
  }
)
