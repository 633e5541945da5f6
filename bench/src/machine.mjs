// What the figures were measured on: they mean little without it.
import { existsSync, readFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { withClient } from "../../scripts/lib/database.mjs"

// The workspace's node_modules, or NODE_PATH's when the bench runs from a separate prefix.
const MODULE_DIRS = [path.resolve(import.meta.dirname, "../../node_modules"), ...(process.env.NODE_PATH?.split(path.delimiter) ?? [])]

function versionOf(pkg) {
  const dir = MODULE_DIRS.find((d) => existsSync(path.join(d, pkg, "package.json")))
  return dir ? JSON.parse(readFileSync(path.join(dir, pkg, "package.json"), "utf8")).version : "not installed"
}

export async function machineFacts(databaseUrl) {
  const cpus = os.cpus()
  return {
    date: new Date().toISOString(),
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    // On a shared machine this says how much of it the benchmark really had.
    loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: await withClient(databaseUrl, async (c) => (await c.query("show server_version")).rows[0].server_version),
    medusa: versionOf("@medusajs/medusa"),
    astro: versionOf("astro"),
    autocannon: versionOf("autocannon"),
    lighthouse: versionOf("lighthouse"),
  }
}
