// `node src/investigate/db-activity.mjs <backend pid> [seconds]`, while load runs:
// is the time spent in Postgres or in Node? Samples pg_stat_activity every 20 ms
// (the most frequent active statements) and compares the CPU seconds the
// backend's process tree and the bench's Postgres used. DATABASE_URL and
// SWEET_CRUMBS_DATA_DIR default to the bench's.
import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { treeCpuSeconds } from "../resources.mjs"

const [backendPid, seconds = "20"] = process.argv.slice(2)
if (!backendPid) {
  console.error("usage: node src/investigate/db-activity.mjs <backend pid> [seconds]")
  process.exit(2)
}
const url = process.env.DATABASE_URL ?? "postgres://postgres:postgres@localhost:54340/sweet_crumbs"
// The postmaster of the bench's embedded cluster (its command line names the data
// directory); its children are the connections' backends. Other clusters on the machine are left out.
const dataDir = path.join(path.resolve(process.env.SWEET_CRUMBS_DATA_DIR ?? path.join(import.meta.dirname, "../../.build/data")), "postgres")
const postmaster = readdirSync("/proc").find((pid) => {
  try {
    return /^\d+$/.test(pid) && readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(dataDir)
  } catch {
    return false
  }
})
if (!postmaster) throw new Error(`no Postgres running on ${dataDir}`)
const postgresCpu = () => treeCpuSeconds(Number(postmaster))

const client = new pg.Client({ connectionString: url })
await client.connect()
const statements = new Map()
let samples = 0
let active = 0
const [backend0, postgres0] = [treeCpuSeconds(Number(backendPid)), postgresCpu()]
const end = Date.now() + Number(seconds) * 1000
while (Date.now() < end) {
  const { rows } = await client.query("select query from pg_stat_activity where state = 'active' and pid <> pg_backend_pid() and datname = current_database()")
  samples++
  active += rows.length
  for (const { query } of rows) {
    const key = query.replace(/\s+/g, " ").slice(0, 140)
    statements.set(key, (statements.get(key) ?? 0) + 1)
  }
  await new Promise((r) => setTimeout(r, 20))
}
const [backend1, postgres1] = [treeCpuSeconds(Number(backendPid)), postgresCpu()]
await client.end()
console.log(`${samples} samples: ${(active / samples).toFixed(2)} statements active on average`)
console.log(`CPU seconds over ${seconds} s: backend ${(backend1 - backend0).toFixed(1)}, Postgres ${(postgres1 - postgres0).toFixed(1)}`)
for (const [statement, count] of [...statements].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(String(count).padStart(5), statement)
