// `npm run backup`: a pg_dump of the shop's database and a tarball of its
// uploads into BACKUP_DIR (default .data/backups), keeping the newest BACKUP_KEEP (14).
import path from "node:path"
import { backupsToKeep, createBackup, runShopDatabaseJob } from "./lib/backups.mjs"
import { loadRootEnv, ROOT } from "./lib/shop-env.mjs"

loadRootEnv()
const shown = (file) => (file.startsWith(ROOT) ? path.relative(ROOT, file) : file)
await runShopDatabaseJob("Backup", {
  check: backupsToKeep,
  job: async (database, keep) => {
    const { dump, archive, removed } = await createBackup({ databaseUrl: database.url, keep })
    console.log(`✓ Database backed up to ${shown(dump)}`)
    console.log(archive ? `✓ Uploads backed up to ${shown(archive)}` : "» No uploads folder; only the database was backed up.")
    if (removed.length) console.log(`» Removed ${removed.length} old backup file(s), keeping the newest ${keep} backups.`)
  },
})
