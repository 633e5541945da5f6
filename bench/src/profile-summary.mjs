// `npm run profile-summary -- <file.cpuprofile> [--top N] [--after S]`: where a
// server spent its CPU (self time, as a share of its busy time), by package and
// by function, so a missed target can be pinned on our code, Medusa's, the
// database driver or Node itself. --after skips the first S seconds (start-up).
import { readFileSync } from "node:fs"
import { parseArgs } from "node:util"

const { values: options, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "25" }, after: { type: "string", default: "0" } } })
const [file] = positionals
if (!file) {
  console.error("usage: npm run profile-summary -- <file.cpuprofile> [--top N] [--after S]")
  process.exit(2)
}
const profile = JSON.parse(readFileSync(file, "utf8"))
const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
const selfMicros = new Map()
const skipMicros = Number(options.after) * 1e6
let elapsed = 0
let idle = 0
profile.samples.forEach((id, i) => {
  elapsed += profile.timeDeltas[i] ?? 0
  if (elapsed < skipMicros) return
  if (nodes.get(id).callFrame.functionName === "(idle)") idle += profile.timeDeltas[i] ?? 0
  else selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
})
const total = [...selfMicros.values()].reduce((a, b) => a + b, 0)

/** "ours" for the shop's own code, the npm package otherwise, "node" for Node's internals. */
function owner({ url, functionName }) {
  if (!url) return functionName.startsWith("(") ? functionName : "native"
  if (url.startsWith("node:")) return "node"
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
  if (pkg) return pkg[1]
  return "ours"
}

const byOwner = new Map()
const byFunction = new Map()
for (const [id, micros] of selfMicros) {
  const { callFrame } = nodes.get(id)
  const who = owner(callFrame)
  byOwner.set(who, (byOwner.get(who) ?? 0) + micros)
  const where = callFrame.url ? `${callFrame.url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*?\/(backend|storefront)\//, "$1/")}:${callFrame.lineNumber + 1}` : ""
  const key = `${callFrame.functionName || "(anonymous)"} ${where}`.trim()
  byFunction.set(key, (byFunction.get(key) ?? 0) + micros)
}

const show = (title, map) => {
  console.log(`\n${title}`)
  for (const [name, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(options.top))) {
    console.log(`${((100 * micros) / total).toFixed(1).padStart(5)}%  ${name}`)
  }
}
console.log(`${file}: ${(total / 1e6).toFixed(1)} s busy, ${(idle / 1e6).toFixed(1)} s idle (after the first ${options.after} s); shares are of busy time`)
show("Self time by owner", byOwner)
show("Self time by function", byFunction)
