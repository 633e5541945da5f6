import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { holdInOrder, letGo, type OrderedLocks } from "./ordered-locks"

/** How long a completion waits its turn for a busy cake before giving up. */
const LOCK_WAIT_SECONDS = 60
/** Outlasts any completion (Medusa's own cart lock lives 2 minutes), so a crashed process frees the items by itself. */
const LOCK_TTL_SECONDS = 120

// Medusa's reserveInventoryStep locks the bare inventory item ids inside the
// same completion; holding those here would make that step wait for us.
const lockKey = (inventoryItemId: string) => `cart-stock:${inventoryItemId}`

/** The stock locks a cart takes while it turns into an order (see ordered-locks.ts for the owner per cart). */
export type StockHold = OrderedLocks

export const stockHoldOf = (cartId: string, inventoryItemIds: string[]): StockHold => ({
  keys: [...new Set(inventoryItemIds)].sort().map(lockKey),
  owner: `cart-stock:${cartId}`,
})

/** `names` are the products a customer reads about when the wait runs out. */
export async function holdStock(container: MedusaContainer, hold: StockHold, names: string[]) {
  await holdInOrder(container, hold, {
    waitSeconds: LOCK_WAIT_SECONDS,
    ttlSeconds: LOCK_TTL_SECONDS,
    busy: () =>
      new MedusaError(
        MedusaError.Types.CONFLICT,
        `Lots of orders are coming in for ${names.join(" and ")} right now. Please try again in a moment.`
      ),
  })
}

export const releaseStock = (container: MedusaContainer, hold: StockHold) => letGo(container, hold)
