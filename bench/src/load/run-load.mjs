// Runs a load generator (autocannon, virtual customers or browser journeys) in a child process
// and returns what it reports. Given the shop's `processes` (name → child process),
// it first waits for them to go quiet and, with `sampleRss`, adds their peak
// memory during the run and until they have worked off what it left queued.
import { fork } from "node:child_process"
import path from "node:path"
import { peakRssMb, settle } from "../resources.mjs"

// File names avoid words like "worker" or "checkout" that a colleague's
// `pkill -f` on a shared machine might match (it happened).
const GENERATORS = {
  autocannon: path.join(import.meta.dirname, "autocannon-load.mjs"),
  checkout: path.join(import.meta.dirname, "customers-load.mjs"),
  journeys: path.join(import.meta.dirname, "browser-journeys.mjs"),
}

/** `stopWhen`: a promise; when it settles, an open-ended load (virtual customers) is told to stop. */
export async function runLoad(kind, spec, { processes, sampleRss = false, stopWhen } = {}) {
  if (processes) await settle(processes)
  const child = fork(GENERATORS[kind], [], { stdio: ["ignore", "inherit", "inherit", "ipc"] })
  const reply = new Promise((resolve, reject) => {
    child.once("message", (message) => (message.error ? reject(new Error(`${kind} load: ${message.error}`)) : resolve(message.result)))
    child.once("exit", (code, signal) => reject(new Error(`the ${kind} load process stopped (${signal ?? `exit code ${code}`}) before reporting`)))
  })
  child.send(spec)
  stopWhen?.finally(() => child.connected && child.send({ stop: true })).catch(() => {})
  const [result, peak] = await Promise.all([reply, sampleRss ? peakRssMb(processes, reply.then(() => settle(processes))) : null])
  return peak ? { ...result, peakRssMb: peak } : result
}
