// Memory of the shop's processes: VmRSS summed over each server's process tree
// (the medusa CLI, the Node server it runs, anything they spawn).
import { readdirSync, readFileSync } from "node:fs"

/** Fields of /proc/<pid>/stat from the 3rd on (after the command name, which may contain spaces). */
function statFields(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")
  } catch {
    return null
  }
}

function parentOf(pid) {
  const fields = statFields(pid)
  return fields ? Number(fields[1]) : null
}

/** CPU seconds (user + system) used so far by `pid` and its descendants; clock ticks are 1/100 s on Linux. */
export function treeCpuSeconds(pid) {
  return treePids(pid).reduce((sum, p) => {
    const fields = statFields(p)
    return fields ? sum + (Number(fields[11]) + Number(fields[12])) / 100 : sum
  }, 0)
}

function treePids(root) {
  const children = new Map()
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    const parent = parentOf(entry)
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
  }
  const pids = []
  const visit = (pid) => {
    pids.push(pid)
    for (const child of children.get(pid) ?? []) visit(child)
  }
  visit(root)
  return pids
}

function rssKb(pid) {
  try {
    const match = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m)
    return match ? Number(match[1]) : 0
  } catch {
    return 0
  }
}

/** MB of resident memory of `pid` and its descendants. */
export function treeRssMb(pid) {
  return Math.round(treePids(pid).reduce((sum, p) => sum + rssKb(p), 0) / 1024)
}

/** Samples the trees every 250 ms until `done` settles; resolves with the peak MB of each. */
export async function peakRssMb(processes, done) {
  const peak = Object.fromEntries(Object.keys(processes).map((name) => [name, 0]))
  let finished = false
  done.then(() => (finished = true), () => (finished = true))
  while (!finished) {
    for (const [name, child] of Object.entries(processes)) peak[name] = Math.max(peak[name], treeRssMb(child.pid))
    await new Promise((r) => setTimeout(r, 250))
  }
  return peak
}

/**
 * Waits until the servers use less than a tenth of a core: a server keeps
 * working through requests queued before a load generator hung up, and the
 * next scenario must not inherit that backlog. Gives up after `maxSeconds`.
 */
export async function settle(processes, maxSeconds = 120) {
  const deadline = Date.now() + maxSeconds * 1000
  while (Date.now() < deadline) {
    const before = Object.values(processes).reduce((sum, child) => sum + treeCpuSeconds(child.pid), 0)
    await new Promise((r) => setTimeout(r, 1000))
    const after = Object.values(processes).reduce((sum, child) => sum + treeCpuSeconds(child.pid), 0)
    if (after - before < 0.1) return
  }
}
