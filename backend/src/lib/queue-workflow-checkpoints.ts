import { InMemoryDistributedTransactionStorage } from "@medusajs/workflow-engine-inmemory/dist/utils/workflow-orchestrator-storage"

/**
 * Medusa's in-memory workflow store (used without REDIS_URL) refuses a save
 * while another save of the same transaction is still writing ("Transaction
 * storage is locked"), and gives up after three retries. Parallel steps of one
 * workflow (completeCartWorkflow's cart queries, its reserve/register-usage
 * block) save at once, so on a busy machine a step that succeeded fails its
 * checkpoint and the orchestrator throws 'Updating Status from "ok" to
 * "temp_failure" is not allowed', abandoning the transaction uncompensated
 * (reservations, slot booking and stock locks kept). Saves of one transaction
 * wait their turn here instead, so the lock is always free when they run.
 */
const storage = InMemoryDistributedTransactionStorage.prototype
const saveNow = storage.save
const savesInFlight = new Map<string, Promise<unknown>>()

storage.save = function queuedSave(this: InMemoryDistributedTransactionStorage, key, ...rest) {
  const turn = (savesInFlight.get(key) ?? Promise.resolve())
    .catch(() => undefined)
    .then(() => saveNow.call(this, key, ...rest))
  savesInFlight.set(key, turn)
  const forget = () => {
    if (savesInFlight.get(key) === turn) {
      savesInFlight.delete(key)
    }
  }
  turn.then(forget, forget)
  return turn
}
