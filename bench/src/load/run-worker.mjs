// Runs a load worker (autocannon or virtual customers) in a child process and
// returns what it reports. Given the shop's `processes` (name → child process),
// it first waits for them to go quiet and, with `sampleRss`, adds their peak
// memory during the run and until they have worked off what it left queued.
import { fork } from "node:child_process"
import path from "node:path"
import { peakRssMb, settle } from "../resources.mjs"

const WORKERS = {
  autocannon: path.join(import.meta.dirname, "autocannon-worker.mjs"),
  checkout: path.join(import.meta.dirname, "checkout-worker.mjs"),
}

export async function runWorker(kind, spec, { processes, sampleRss = false } = {}) {
  if (processes) await settle(processes)
  const child = fork(WORKERS[kind], [], { stdio: ["ignore", "inherit", "inherit", "ipc"] })
  const reply = new Promise((resolve, reject) => {
    child.once("message", (message) => (message.error ? reject(new Error(`${kind} worker: ${message.error}`)) : resolve(message.result)))
    child.once("exit", (code) => reject(new Error(`${kind} worker exited (code ${code}) without a result`)))
  })
  child.send(spec)
  const [result, peak] = await Promise.all([reply, sampleRss ? peakRssMb(processes, reply.then(() => settle(processes))) : null])
  return peak ? { ...result, peakRssMb: peak } : result
}
