import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { setTimeout as sleep } from "node:timers/promises"

/**
 * Locks a completion holds from its check until the order exists, under
 * Medusa's locking module (Redis-backed when REDIS_URL is set, so they hold
 * across backend processes). One owner per cart: completions of one cart are
 * already one at a time (Medusa's cart lock), and a retry of the same cart
 * takes over what a dead run left instead of waiting for the TTL.
 */
export type OrderedLocks = { keys: string[]; owner: string }

export type HoldOptions = {
  /** How long to wait for a key another cart holds before giving up with `busy()`. */
  waitSeconds: number
  /** Outlasts any completion, so the keys of a crashed process free themselves. */
  ttlSeconds: number
  /** The error a customer reads when the wait runs out. */
  busy: () => Error
}

const locking = (container: MedusaContainer): ILockingModule => container.resolve(Modules.LOCKING)

/**
 * Takes the keys one by one in sorted order, waiting for each: two carts
 * wanting the same two keys then queue instead of each holding one and
 * waiting for the other (the providers take a key list in parallel). Returns
 * what it holds (sorted, each key once); on giving up it lets go of what it took.
 */
export async function holdInOrder(
  container: MedusaContainer,
  { keys, owner }: OrderedLocks,
  { waitSeconds, ttlSeconds, busy }: HoldOptions
): Promise<OrderedLocks> {
  const deadline = Date.now() + waitSeconds * 1000
  const held: string[] = []
  try {
    for (const key of [...new Set(keys)].sort()) {
      for (let delay = 20; ; delay = Math.min(delay * 2, 200)) {
        try {
          await locking(container).acquire(key, { ownerId: owner, expire: ttlSeconds })
          held.push(key)
          break
        } catch {
          if (Date.now() + delay > deadline) {
            throw busy()
          }
          await sleep(delay * (0.5 + Math.random() / 2))
        }
      }
    }
  } catch (error) {
    await letGoQuietly(container, { keys: held, owner }, "locks taken before giving up")
    throw error
  }
  return { keys: held, owner }
}

/** Owner-checked: a key that expired and went to another cart stays theirs. */
export async function letGo(container: MedusaContainer, { keys, owner }: OrderedLocks): Promise<void> {
  if (keys.length) {
    await locking(container).release(keys, { ownerId: owner })
  }
}

/**
 * For when the outcome is already settled (the order exists, or the customer
 * is being told why not): a key that cannot be let go is logged, never thrown,
 * and its TTL frees it.
 */
export async function letGoQuietly(container: MedusaContainer, locks: OrderedLocks, what: string): Promise<void> {
  await letGo(container, locks).catch((error: Error) =>
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Could not release ${what}: ${error.message}`)
  )
}
