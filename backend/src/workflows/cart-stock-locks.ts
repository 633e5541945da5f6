import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { setTimeout as sleep } from "node:timers/promises"

/** How long a completion waits its turn for a busy cake before giving up. */
const LOCK_WAIT_SECONDS = 60
/** Outlasts any completion (Medusa's own cart lock lives 2 minutes), so a crashed process frees the items by itself. */
const LOCK_TTL_SECONDS = 120

// Medusa's reserveInventoryStep locks the bare inventory item ids inside the
// same completion; holding those here would make that step wait for us.
const lockKey = (inventoryItemId: string) => `cart-stock:${inventoryItemId}`

/**
 * The stock locks a cart takes while it turns into an order. One owner per
 * cart: completions of one cart are already one at a time (Medusa's cart
 * lock), and a later run for the same cart — a retry after its process died —
 * takes over the locks the dead run left instead of waiting for their TTL.
 */
export type StockHold = { keys: string[]; owner: string }

export const stockHoldOf = (cartId: string, inventoryItemIds: string[]): StockHold => ({
  keys: [...new Set(inventoryItemIds)].sort().map(lockKey),
  owner: `cart-stock:${cartId}`,
})

const locking = (container: MedusaContainer): ILockingModule => container.resolve(Modules.LOCKING)

/**
 * Takes the keys one by one in sorted order, waiting for each: two carts
 * wanting the same two cakes then queue instead of each holding one and
 * waiting for the other (the providers take a key list in parallel).
 * `names` are the products a customer reads about when the wait runs out.
 */
export async function holdStock(container: MedusaContainer, { keys, owner }: StockHold, names: string[]) {
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
    await releaseStock(container, { keys: held, owner })
    throw error
  }
}

export async function releaseStock(container: MedusaContainer, { keys, owner }: StockHold) {
  if (keys.length) {
    // Owner-checked: a lock that expired and went to another cart stays theirs.
    await locking(container).release(keys, { ownerId: owner })
  }
}
