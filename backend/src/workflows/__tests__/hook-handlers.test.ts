import { StepResponse, type StepExecutionContext } from "@medusajs/framework/workflows-sdk"
import { describe, expect, it, vi } from "vitest"
import { composeHookHandlers, type HookHandler } from "../hook-handlers"

const logger = { error: vi.fn() }
const context = { container: { resolve: () => logger } } as unknown as StepExecutionContext

describe("composeHookHandlers", () => {
  const calls: string[] = []
  const handler = (name: string, { fails = false, undo = true } = {}): HookHandler<{ n: number }, string> => ({
    invoke: async ({ n }) => {
      calls.push(`${name}(${n})`)
      if (fails) {
        throw new Error(`${name} refused`)
      }
      return undo ? new StepResponse(undefined, `${name}-data`) : undefined
    },
    compensate: async (data) => {
      calls.push(`undo ${data}`)
    },
  })

  it("runs the handlers in order and undoes them last first", async () => {
    calls.length = 0
    const [invoke, compensate] = composeHookHandlers(handler("stock"), handler("inscription", { undo: false }), handler("slot"))
    const result = await invoke({ n: 1 }, context)
    expect(calls).toEqual(["stock(1)", "inscription(1)", "slot(1)"])
    expect(result.compensateInput).toEqual(["stock-data", null, "slot-data"])

    await compensate(result.compensateInput, context)
    expect(calls.slice(3)).toEqual(["undo slot-data", "undo stock-data"])
  })

  it("stops at the first refusal, undoes what ran before it and passes the error on", async () => {
    calls.length = 0
    const [invoke] = composeHookHandlers(handler("stock"), handler("slot", { fails: true }), handler("never"))
    await expect(invoke({ n: 2 }, context)).rejects.toThrow("slot refused")
    expect(calls).toEqual(["stock(2)", "slot(2)", "undo stock-data"])
  })

  it("keeps the refusal as the error when an undo fails too, and logs the undo", async () => {
    const [invoke] = composeHookHandlers(
      { invoke: async () => new StepResponse(undefined, "held"), compensate: async () => Promise.reject(new Error("redis down")) },
      handler("slot", { fails: true })
    )
    await expect(invoke({ n: 3 }, context)).rejects.toThrow("slot refused")
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining("redis down"))
  })

  it("ignores a compensation with nothing to undo (the workflow's own call after a failed invoke)", async () => {
    const [, compensate] = composeHookHandlers(handler("stock"))
    await expect(compensate(undefined, context)).resolves.toBeUndefined()
  })
})
