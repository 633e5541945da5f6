import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { findStockShortages, isLimited, limitedInventoryItemIds, type StockLine } from "../../lib/cart-stock"
import {
  loadBasketStock,
  readLatestLevels,
  retrieveBasket,
  snapshotLevels,
  throwStockShortages,
} from "../cart-stock-context"
import { holdStock, releaseStock, type StockHold, stockHoldOf } from "../cart-stock-locks"
import { restoreOrderReservations } from "../order-reservations"
import type { HookHandler, HookInput } from "../hook-handlers"

async function orderOf(container: MedusaContainer, cartId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  return data[0]?.order_id ?? null
}

const namesOf = (lines: StockLine[]) => [...new Set(lines.filter(isLimited).map((line) => line.name))]

/**
 * Completion's guarantee that stock is never oversold, however the basket is
 * made up. Medusa reserves each line on its own, so the basket's total per
 * inventory item and stock location is checked here, under a lock per
 * inventory item (Redis-backed when REDIS_URL is set, so it holds across
 * backend processes) that stays held until Medusa has written the
 * reservations (releaseCartStock below), so no other completion can take the
 * same units in between. A basket that no longer fits is refused with a 400
 * naming the product and how many are left, before the order exists; if a
 * later step of completion fails, the compensation lets go of the locks.
 * Registered in cart-workflow-hooks.ts.
 */
export const holdCartStock: HookHandler<HookInput<typeof completeCartWorkflow.hooks.validate>, StockHold | null> = {
  invoke: async ({ cart }, { container }) => {
    // A cart completed before (Stripe's webhook and the browser) gets its order back. If the
    // run that made it died before reserving, this retry writes the missing reservations.
    const orderId = await orderOf(container, cart.id)
    if (orderId) {
      await restoreOrderReservations(container, { order_id: orderId, cart_id: cart.id })
      return new StepResponse(undefined, null)
    }
    if (cart.completed_at) {
      return new StepResponse(undefined, null)
    }
    const stock = await loadBasketStock(container, {
      sales_channel_id: cart.sales_channel_id ?? null,
      items: cart.items ?? [],
    })
    const itemIds = limitedInventoryItemIds(stock.lines)
    if (!itemIds.length) {
      return new StepResponse(undefined, null)
    }
    // Medusa picks each line's location from its own read of the cart, before this hook.
    const placement_levels = snapshotLevels(cart)
    const judge = async () =>
      findStockShortages({
        lines: stock.lines,
        location_ids: stock.location_ids,
        placement_levels,
        levels: await readLatestLevels(container, itemIds, stock.location_ids),
      })

    // A basket that cannot fit is told so at once instead of queueing for the lock.
    throwStockShortages(await judge())
    const stockHold = stockHoldOf(cart.id, itemIds)
    await holdStock(container, stockHold, namesOf(stock.lines))
    try {
      throwStockShortages(await judge())
    } catch (error) {
      await releaseStock(container, stockHold)
      throw error
    }
    return new StepResponse(undefined, stockHold)
  },
  compensate: async (stockHold, { container }) => {
    if (stockHold) {
      await releaseStock(container, stockHold)
    }
  },
}

type BeforePaymentAuthorizationHook = (
  invoke: (input: { input: { id: string } }, context: { container: MedusaContainer }) => Promise<void>
) => void

// complete-cart declares `beforePaymentAuthorization` at runtime but leaves it out of its public types.
const beforePaymentAuthorization = (
  completeCartWorkflow.hooks as unknown as { beforePaymentAuthorization: BeforePaymentAuthorizationHook }
).beforePaymentAuthorization

/**
 * Lets go of the stock locks as soon as Medusa has reserved the basket (its
 * first hook after reserveInventoryStep), not after the card is authorized,
 * so the next customer for the same cake waits as little as possible. From
 * here on the reservations themselves keep the units taken.
 */
beforePaymentAuthorization(async ({ input }, { container }) => {
  try {
    // Recomputed from the cart like the hold; a link Maya changed in between frees itself after the TTL.
    const stock = await loadBasketStock(container, await retrieveBasket(container, input.id))
    await releaseStock(container, stockHoldOf(input.id, limitedInventoryItemIds(stock.lines)))
  } catch (error) {
    // The units are reserved by now: a lock that could not be let go must not fail the order; the TTL frees it.
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Could not release the stock locks of cart ${input.id}: ${(error as Error).message}`)
  }
})
