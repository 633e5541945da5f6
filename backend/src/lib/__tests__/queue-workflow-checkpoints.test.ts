import { InMemoryDistributedTransactionStorage } from "@medusajs/workflow-engine-inmemory/dist/utils/workflow-orchestrator-storage"
import { setTimeout as sleep } from "node:timers/promises"
import "../queue-workflow-checkpoints"

// The store's own code, with its Postgres table replaced by one that writes slowly, like a busy database.
function slowlyPersistedStore(written: string[]) {
  const workflowExecutionService = {
    upsert: async ([execution]: any[]) => {
      await sleep(50)
      written.push(execution.state)
    },
    list: async () => [],
    delete: async () => undefined,
  }
  return new InMemoryDistributedTransactionStorage({ workflowExecutionService, logger: console } as any)
}

const checkpoint = (state: string) => ({
  flow: { modelId: "complete-cart", transactionId: "auto-cart-1", runId: "run-1", state, steps: {} },
  context: {},
  errors: [],
})

describe("saves of one workflow transaction", () => {
  it("wait for the save still writing instead of failing with 'Transaction storage is locked'", async () => {
    const written: string[] = []
    const store = slowlyPersistedStore(written)
    const key = "dtrx:complete-cart:auto-cart-1"

    const saves = await Promise.allSettled([
      store.save(key, checkpoint("not_started") as any, 0, {} as any),
      store.save(key, checkpoint("waiting_to_compensate") as any, 0, {} as any),
    ])

    expect(saves.map((save) => save.status)).toEqual(["fulfilled", "fulfilled"])
    expect(written).toEqual(["not_started", "waiting_to_compensate"])
  })
})
