import { afterEach, describe, expect, it, vi } from "vitest"
import { clearMemo, memo } from "../memo"

afterEach(() => {
  vi.useRealTimers()
  clearMemo()
})

describe("memo", () => {
  it("loads once within the TTL", async () => {
    const loader = vi.fn(async () => "fresh bread")
    await memo("bread", 1000, loader)
    await memo("bread", 1000, loader)
    expect(loader).toHaveBeenCalledTimes(1)
  })

  it("serves the stale value at once after the TTL while reloading in the background", async () => {
    vi.useFakeTimers()
    let batch = 1
    const loader = vi.fn(async () => `batch ${batch}`)
    expect(await memo("loaves", 1000, loader)).toBe("batch 1")
    vi.advanceTimersByTime(1500)
    batch = 2
    expect(await memo("loaves", 1000, loader)).toBe("batch 1")
    await Promise.resolve()
    expect(await memo("loaves", 1000, loader)).toBe("batch 2")
    expect(loader).toHaveBeenCalledTimes(2)
  })

  it("does not remember failures, and clearMemo forces a fresh load", async () => {
    const failing = vi.fn(async () => {
      throw new Error("oven off")
    })
    await expect(memo("cake", 1000, failing)).rejects.toThrow("oven off")
    const loader = vi.fn(async () => "cake")
    expect(await memo("cake", 1000, loader)).toBe("cake")
    clearMemo()
    await memo("cake", 1000, loader)
    expect(loader).toHaveBeenCalledTimes(2)
  })
})
