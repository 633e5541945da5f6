// `npm run restore -- FILE [--force]`: restores a backup made by `npm run backup`
// into the shop's database (which must be empty unless --force) and its uploads.
import { existsSync } from "node:fs"
import path from "node:path"
import { restoreBackup, runShopDatabaseJob } from "./lib/backups.mjs"
import { loadRootEnv } from "./lib/shop-env.mjs"

loadRootEnv()
const args = process.argv.slice(2)
const force = args.includes("--force")
const files = args.filter((arg) => arg !== "--force")
if (files.length !== 1 || files[0].startsWith("--")) {
  console.error("Usage: npm run restore -- <backup .dump file> [--force]")
  process.exit(2)
}
// npm runs scripts from the repository root; INIT_CWD is where the command was typed.
const dump = path.resolve(process.env.INIT_CWD ?? process.cwd(), files[0])
await runShopDatabaseJob("Restore", {
  check: () => {
    if (!existsSync(dump)) throw new Error(`there is no backup at ${dump}.`)
  },
  job: async (database) => {
    const { archive } = await restoreBackup({ dump, databaseUrl: database.url, force })
    console.log(`✓ Database restored from ${files[0]}`)
    console.log(archive ? `✓ Uploads restored from ${path.basename(archive)}` : "» No uploads tarball beside the dump; uploads left as they are.")
  },
})
