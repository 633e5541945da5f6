import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { describe, expect, it, vi } from "vitest"
import { holdInOrder, letGo, letGoQuietly } from "../ordered-locks"

/** The locking module as the helpers use it: a key is one owner's until that owner lets go. */
class Locks {
  private owners = new Map<string, string>()
  async acquire(key: string, { ownerId }: { ownerId: string; expire?: number }) {
    const owner = this.owners.get(key)
    if (owner !== undefined && owner !== ownerId) {
      throw new Error(`Failed to acquire lock for key "${key}"`)
    }
    this.owners.set(key, ownerId)
  }
  async release(keys: string | string[], { ownerId }: { ownerId: string }) {
    for (const key of [keys].flat()) {
      if (this.owners.get(key) === ownerId) {
        this.owners.delete(key)
      }
    }
  }
}

function shop() {
  const locking = new Locks()
  const logger = { warn: vi.fn() }
  const container = {
    resolve: (key: string) => (key === Modules.LOCKING ? locking : key === ContainerRegistrationKeys.LOGGER ? logger : undefined),
  } as unknown as MedusaContainer
  return { locking, logger, container }
}

const busy = () => new Error("Other orders are being placed right now.")
const options = { waitSeconds: 0.3, ttlSeconds: 60, busy }

describe("holdInOrder", () => {
  it("takes each key once, in sorted order, and returns what it holds", async () => {
    const { locking, container } = shop()
    const acquire = vi.spyOn(locking, "acquire")
    const held = await holdInOrder(container, { keys: ["phone:2", "email:1", "phone:2"], owner: "cart-a" }, options)
    expect(held).toEqual({ keys: ["email:1", "phone:2"], owner: "cart-a" })
    expect(acquire.mock.calls.map(([key]) => key)).toEqual(["email:1", "phone:2"])
    // Another cart cannot take them until they are let go.
    await expect(locking.acquire("email:1", { ownerId: "cart-b" })).rejects.toThrow()
    await letGo(container, held)
    await expect(locking.acquire("email:1", { ownerId: "cart-b" })).resolves.toBeUndefined()
  })

  it("waits for a key another cart holds and takes it once that cart lets go", async () => {
    const { locking, container } = shop()
    await locking.acquire("email:1", { ownerId: "cart-a", expire: 60 })
    setTimeout(() => void locking.release("email:1", { ownerId: "cart-a" }), 50)
    const held = await holdInOrder(container, { keys: ["email:1"], owner: "cart-b" }, { ...options, waitSeconds: 5 })
    expect(held.keys).toEqual(["email:1"])
    await expect(locking.acquire("email:1", { ownerId: "cart-a" })).rejects.toThrow()
  })

  it("gives up with the customer's sentence after the wait, letting go of the keys it took", async () => {
    const { locking, container } = shop()
    await locking.acquire("phone:2", { ownerId: "cart-a", expire: 60 })
    await expect(holdInOrder(container, { keys: ["email:1", "phone:2"], owner: "cart-b" }, options)).rejects.toThrow(
      "Other orders are being placed right now."
    )
    // email:1 was taken first and given back; phone:2 is still cart-a's.
    await expect(locking.acquire("email:1", { ownerId: "cart-c" })).resolves.toBeUndefined()
    await expect(locking.acquire("phone:2", { ownerId: "cart-c" })).rejects.toThrow()
  })
})

describe("letGo", () => {
  it("only lets go of keys the owner holds", async () => {
    const { locking, container } = shop()
    await locking.acquire("email:1", { ownerId: "cart-a", expire: 60 })
    await letGo(container, { keys: ["email:1"], owner: "cart-b" })
    await expect(locking.acquire("email:1", { ownerId: "cart-c" })).rejects.toThrow()
  })

  it("quietly: a release that fails is logged, not thrown", async () => {
    const { locking, logger, container } = shop()
    vi.spyOn(locking, "release").mockRejectedValue(new Error("Redis is away"))
    await expect(letGoQuietly(container, { keys: ["email:1"], owner: "cart-a" }, "the cap locks of cart-a")).resolves.toBeUndefined()
    expect(logger.warn).toHaveBeenCalledWith("Could not release the cap locks of cart-a: Redis is away")
  })
})
