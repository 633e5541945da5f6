// `npm run restore -- FILE [--force]`: restores a backup made by `npm run backup`
// into the shop's database (which must be empty unless --force) and its uploads.
// A `…-embedded.tar.gz` base backup replaces the embedded Postgres' data folder.
import { existsSync } from "node:fs"
import path from "node:path"
import { backupKindOf, restoreBackup, restoreEmbeddedBackup, runShopDatabaseJob } from "./lib/backups.mjs"
import { loadRootEnv, ROOT } from "./lib/shop-env.mjs"

loadRootEnv()
const args = process.argv.slice(2)
const force = args.includes("--force")
const files = args.filter((arg) => arg !== "--force")
if (files.length !== 1 || files[0].startsWith("--")) {
  console.error("Usage: npm run restore -- <backup .dump or -embedded.tar.gz file> [--force]")
  process.exit(2)
}
// npm runs scripts from the repository root; INIT_CWD is where the command was typed.
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), files[0])
const kind = backupKindOf(file)
const shown = (folder) => (folder.startsWith(ROOT) ? path.relative(ROOT, folder) : folder)
const reportUploads = (archive) =>
  console.log(archive ? `✓ Uploads restored from ${path.basename(archive)}` : "» No uploads tarball beside the backup; uploads left as they are.")

function check() {
  if (!existsSync(file)) throw new Error(`there is no backup at ${file}.`)
  if (!kind) {
    throw new Error(`${path.basename(file)} is not a backup: give the sweet-crumbs-<time>.dump or sweet-crumbs-<time>-embedded.tar.gz file (its .uploads.tar.gz is restored with it).`)
  }
  if (kind === "embedded" && process.env.DATABASE_URL) {
    throw new Error(`${path.basename(file)} is a base backup of the embedded Postgres: unset DATABASE_URL to restore it into the embedded data folder; DATABASE_URL takes a .dump.`)
  }
}

await runShopDatabaseJob(
  "Restore",
  kind === "embedded"
    ? {
        check,
        opensDatabase: false,
        job: async () => {
          const { dataDir, databases, movedTo, archive } = await restoreEmbeddedBackup({ file, force })
          if (movedTo) console.log(`» The old data folder was moved aside to ${shown(movedTo)}`)
          console.log(`✓ Embedded Postgres restored into ${shown(dataDir)} from ${files[0]}; it started with ${databases.join(", ")} and was stopped again.`)
          reportUploads(archive)
        },
      }
    : {
        check,
        job: async (database) => {
          const { archive } = await restoreBackup({ dump: file, databaseUrl: database.url, force })
          console.log(`✓ Database restored from ${files[0]}`)
          reportUploads(archive)
        },
      }
)
