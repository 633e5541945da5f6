import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"

const SKIP = new Set(["node_modules", ".medusa", "dist", ".astro", ".turbo", "static", "__tests__", "integration-tests", "e2e"])

/** A hash of every file under `paths` (directories walked), to tell whether a rebuild is due. */
export function hashFiles(paths) {
  const hash = createHash("sha256")
  const visit = (p) => {
    if (!existsSync(p)) return
    if (statSync(p).isDirectory()) {
      for (const entry of readdirSync(p).sort()) {
        if (!SKIP.has(entry)) visit(path.join(p, entry))
      }
      return
    }
    hash.update(p).update(readFileSync(p))
  }
  paths.forEach(visit)
  return hash.digest("hex")
}
