import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { setTimeout as sleep } from "node:timers/promises"
import { findStockShortages, isLimited, limitedInventoryItemIds, type StockLine } from "../../lib/cart-stock"
import {
  loadBasketStock,
  readLatestLevels,
  retrieveBasket,
  snapshotLevels,
  throwStockShortages,
} from "../cart-stock-context"
import type { HookHandler, HookInput } from "../hook-handlers"

/** How long a completion waits its turn for a busy cake before giving up. */
const LOCK_WAIT_SECONDS = 60
/** Outlasts any completion (Medusa's own cart lock lives 2 minutes), so a crashed process frees the items by itself. */
const LOCK_TTL_SECONDS = 120

// Medusa's reserveInventoryStep locks the bare inventory item ids inside this
// same completion; holding those here would make that step wait for us.
const lockKey = (inventoryItemId: string) => `cart-stock:${inventoryItemId}`
// One owner per cart: completions of one cart are already one at a time (Medusa's cart lock).
const ownerOf = (cartId: string) => `cart-stock:${cartId}`

type StockHold = { keys: string[]; owner: string }

const locking = (container: MedusaContainer): ILockingModule => container.resolve(Modules.LOCKING)

/**
 * Takes the keys one by one in sorted order, waiting for each: two carts
 * wanting the same two cakes then queue instead of each holding one and
 * waiting for the other (the providers take a key list in parallel).
 */
async function hold(container: MedusaContainer, { keys, owner }: StockHold, names: string[]) {
  const deadline = Date.now() + LOCK_WAIT_SECONDS * 1000
  const held: string[] = []
  try {
    for (const key of keys) {
      for (let delay = 20; ; delay = Math.min(delay * 2, 200)) {
        try {
          await locking(container).acquire(key, { ownerId: owner, expire: LOCK_TTL_SECONDS })
          held.push(key)
          break
        } catch {
          if (Date.now() + delay > deadline) {
            throw new MedusaError(
              MedusaError.Types.CONFLICT,
              `Lots of orders are coming in for ${names.join(" and ")} right now. Please try again in a moment.`
            )
          }
          await sleep(delay * (0.5 + Math.random() / 2))
        }
      }
    }
  } catch (error) {
    await release(container, { keys: held, owner })
    throw error
  }
}

async function release(container: MedusaContainer, { keys, owner }: StockHold) {
  if (keys.length) {
    // Owner-checked: a lock that expired and went to another cart stays theirs.
    await locking(container).release(keys, { ownerId: owner })
  }
}

async function hasOrder(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  return data.length > 0
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
    // A cart completed before (Stripe's webhook and the browser) gets its order back; nothing to reserve.
    if (cart.completed_at || (await hasOrder(container, cart.id))) {
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
    const stockHold = { keys: itemIds.map(lockKey), owner: ownerOf(cart.id) }
    await hold(container, stockHold, namesOf(stock.lines))
    try {
      throwStockShortages(await judge())
    } catch (error) {
      await release(container, stockHold)
      throw error
    }
    return new StepResponse(undefined, stockHold)
  },
  compensate: async (stockHold, { container }) => {
    if (stockHold) {
      await release(container, stockHold)
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
    await release(container, { keys: limitedInventoryItemIds(stock.lines).map(lockKey), owner: ownerOf(input.id) })
  } catch (error) {
    // The units are reserved by now: a lock that could not be let go must not fail the order; the TTL frees it.
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Could not release the stock locks of cart ${input.id}: ${(error as Error).message}`)
  }
})
