// `npm run backup`: a pg_dump of the shop's database (or, for the embedded
// Postgres when no pg_dump fits it, an online base backup of the whole
// cluster) and a tarball of its uploads into BACKUP_DIR (default
// .data/backups), keeping the newest BACKUP_KEEP (14).
import path from "node:path"
import { backupsToKeep, createBackup, runShopDatabaseJob } from "./lib/backups.mjs"
import { loadRootEnv, ROOT } from "./lib/shop-env.mjs"

loadRootEnv()
const shown = (file) => (file.startsWith(ROOT) ? path.relative(ROOT, file) : file)
await runShopDatabaseJob("Backup", {
  check: backupsToKeep,
  job: async (database, keep) => {
    const { dump, kind, archive, removed } = await createBackup({ databaseUrl: database.url, embedded: database.embedded, keep })
    console.log(kind === "embedded" ? `✓ Embedded Postgres (whole cluster, online base backup) backed up to ${shown(dump)}` : `✓ Database backed up to ${shown(dump)}`)
    console.log(archive ? `✓ Uploads backed up to ${shown(archive)}` : "» No uploads folder; only the database was backed up.")
    if (removed.length) console.log(`» Removed ${removed.length} old backup file(s), keeping the newest ${keep} backups.`)
  },
})
