// What `npm run backup` and `npm run restore` share: where backups live, the
// shop's database (DATABASE_URL, or the embedded one, started for the job
// when `npm start` is not running it) and the Postgres client tools. The
// embedded Postgres gets a physical base backup when no pg_dump fits it.
import { execFile } from "node:child_process"
import { existsSync } from "node:fs"
import { chmod, mkdir, readdir, rename, rm } from "node:fs/promises"
import path from "node:path"
import { promisify } from "node:util"
import { assertBaseBackupRestorable, restoreBaseBackup, takeBaseBackup } from "./base-backups.mjs"
import { withClient } from "./database.mjs"
import { EMBEDDED_PG_PASSWORD, EMBEDDED_PG_USER } from "./embedded-postgres.mjs"
import { DATA_DIR, embeddedDataDir, embeddedPort, openDatabase } from "./shop-env.mjs"

const exec = promisify(execFile)
const PREFIX = "sweet-crumbs-"
const DUMP = ".dump"
const EMBEDDED = "-embedded.tar.gz"
const UPLOADS = ".uploads.tar.gz"

export const backupDir = () => path.resolve(process.env.BACKUP_DIR ?? path.join(DATA_DIR, "backups"))
export const uploadsDir = () => path.resolve(process.env.UPLOAD_DIR ?? path.join(DATA_DIR, "uploads"))

/** "dump" (pg_dump, custom format), "embedded" (base backup of the embedded cluster), or null for any other file. */
export function backupKindOf(file) {
  const name = path.basename(file)
  if (!name.startsWith(PREFIX)) return null
  if (name.endsWith(DUMP)) return "dump"
  if (name.endsWith(EMBEDDED)) return "embedded"
  return null
}

/** The uploads tarball that belongs to a database backup of either kind. */
export const uploadsArchiveOf = (backupFile) =>
  backupFile.slice(0, -(backupKindOf(backupFile) === "embedded" ? EMBEDDED : DUMP).length) + UPLOADS

/** BACKUP_KEEP, default 14, as a whole number of at least 1. */
export function backupsToKeep() {
  const raw = process.env.BACKUP_KEEP ?? "14"
  if (!/^[1-9]\d*$/.test(raw.trim())) {
    throw new Error(`BACKUP_KEEP must be a whole number of at least 1 (got "${raw}").`)
  }
  return Number(raw)
}

/**
 * The shop's database: DATABASE_URL; otherwise the embedded Postgres, used
 * as it is when `npm start` has it running, else started here and stopped
 * by the returned `stop`.
 */
async function openShopDatabase({ log }) {
  if (!process.env.DATABASE_URL) {
    const running = `postgres://${EMBEDDED_PG_USER}:${EMBEDDED_PG_PASSWORD}@localhost:${embeddedPort()}/sweet_crumbs`
    if (await withClient(running, async () => true).catch(() => false)) {
      return { url: running, embedded: true, stop: async () => {} }
    }
  }
  return openDatabase({ log })
}

/**
 * Runs a command-line job (`npm run backup`, `npm run restore`) against the
 * shop's database: `check()` first (bad settings fail before any database is
 * started), then `job(database, checked)`; with `opensDatabase: false` the job
 * gets none (it manages the data folder itself). A failure is one line, "✗
 * <what> failed: <reason>", and exit code 1. Exits explicitly: embedded-postgres'
 * exit hook would otherwise turn a failure's exit code into 0.
 */
export async function runShopDatabaseJob(what, { check = () => undefined, job, opensDatabase = true }) {
  let database = null
  let failed = false
  try {
    const checked = check()
    if (opensDatabase) database = await openShopDatabase({ log: (line) => console.log(`» ${line}`) })
    await job(database, checked)
  } catch (error) {
    console.error(`✗ ${what} failed: ${error.message}`)
    failed = true
  } finally {
    await database?.stop()
  }
  process.exit(failed ? 1 : 0)
}

/** Runs a Postgres client tool; a failure becomes one line (the tool's last complaint). */
async function runTool(bin, args) {
  try {
    return (await exec(bin, args, { maxBuffer: 64 * 1024 * 1024 })).stdout
  } catch (error) {
    if (error.code === "ENOENT") {
      throw new Error(`${path.basename(bin)} was not found: install the PostgreSQL client tools (Debian: apt-get install postgresql-client) or set PG_BIN_DIR.`)
    }
    const complaint = String(error.stderr ?? "").trim().split("\n").filter(Boolean).pop()
    throw new Error(`${path.basename(bin)} failed: ${complaint ?? error.message}`)
  }
}

/**
 * `pg_dump` or `pg_restore` from PG_BIN_DIR or the PATH, refused up front when
 * it is older than the server: such a tool cannot read the server or its dumps.
 */
export async function pgTool(name, databaseUrl) {
  const bin = process.env.PG_BIN_DIR ? path.join(process.env.PG_BIN_DIR, name) : name
  const toolMajor = Number(/(\d+)/.exec(await runTool(bin, ["--version"]))?.[1])
  const serverMajor = await withClient(databaseUrl, async (client) =>
    Math.floor(Number((await client.query("show server_version_num")).rows[0].server_version_num) / 10000)
  )
  if (toolMajor < serverMajor) {
    throw new Error(`${name} ${toolMajor} cannot work with this Postgres ${serverMajor} server: put the PostgreSQL ${serverMajor} client tools on the PATH or set PG_BIN_DIR to their folder.`)
  }
  return bin
}

/** Tables in the database outside Postgres' own schemas. */
export async function countTables(databaseUrl) {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(
      "select count(*)::int as tables from pg_tables where schemaname not in ('pg_catalog', 'information_schema')"
    )
    return rows[0].tables
  })
}

const timestamp = () => new Date().toISOString().replace(/[:.]/g, "-")

/**
 * Writes `<BACKUP_DIR>/sweet-crumbs-<time>.dump` (pg_dump, custom format,
 * compressed) or, for the `embedded` Postgres when no pg_dump fits its
 * server, `…-embedded.tar.gz` (online base backup of the whole cluster); and,
 * when the uploads folder exists, `….uploads.tar.gz` beside it; then deletes
 * all but the newest `keep` backups. Each file is written under a temporary
 * name first, so a cut-short run never looks like a backup.
 * Returns the files written and removed, and which kind `dump` is.
 */
export async function createBackup({ databaseUrl, embedded = false, dir = backupDir(), uploads = uploadsDir(), keep = backupsToKeep() }) {
  const pgDump = await pgTool("pg_dump", databaseUrl).catch((error) => (embedded ? null : Promise.reject(error)))
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const stamp = timestamp()
  const dump = path.join(dir, `${PREFIX}${stamp}${pgDump ? DUMP : EMBEDDED}`)
  if (pgDump) {
    await runTool(pgDump, ["--format=custom", "--compress=6", `--file=${dump}.partial`, `--dbname=${databaseUrl}`])
    await rename(`${dump}.partial`, dump)
  } else {
    await takeBaseBackup({ databaseUrl, file: dump, label: `sweet-crumbs ${stamp}` })
  }

  let archive = null
  if (existsSync(uploads)) {
    archive = uploadsArchiveOf(dump)
    await runTool("tar", ["-czf", `${archive}.partial`, "-C", uploads, "."])
    await rename(`${archive}.partial`, archive)
  }
  // A backup holds customers' details and password hashes: readable by the shop's owner only.
  await Promise.all([dump, archive].filter(Boolean).map((file) => chmod(file, 0o600)))
  return { dump, kind: backupKindOf(dump), archive, removed: await pruneBackups(dir, keep) }
}

/** Deletes every backup (database backup of either kind, and uploads tarball) but the newest `keep`. */
export async function pruneBackups(dir, keep) {
  const dumps = (await readdir(dir)).filter((name) => backupKindOf(name)).sort().reverse()
  const removed = []
  for (const name of dumps.slice(keep)) {
    const dump = path.join(dir, name)
    for (const file of [dump, uploadsArchiveOf(dump)]) {
      if (existsSync(file)) {
        await rm(file)
        removed.push(file)
      }
    }
  }
  return removed
}

/**
 * Restores a dump (and its uploads tarball, when there is one) into the
 * shop's database and uploads folder. Both must be empty unless `force`,
 * which replaces what is there.
 */
export async function restoreBackup({ dump, databaseUrl, uploads = uploadsDir(), force = false }) {
  const archive = uploadsArchiveOf(dump)
  const hasArchive = existsSync(archive)
  const pgRestore = await pgTool("pg_restore", databaseUrl)
  if (!force) {
    const tables = await countTables(databaseUrl)
    const database = new URL(databaseUrl).pathname.slice(1)
    if (tables > 0) {
      throw new Error(`The database "${database}" is not empty (${tables} table${tables === 1 ? "" : "s"}): restore into an empty database, or add --force to replace its contents.`)
    }
    if (hasArchive) await assertUploadsEmpty(uploads)
  }
  await runTool(pgRestore, [
    "--no-owner",
    "--no-privileges",
    "--exit-on-error",
    "--single-transaction",
    ...(force ? ["--clean", "--if-exists"] : []),
    `--dbname=${databaseUrl}`,
    dump,
  ])
  if (hasArchive) await restoreUploads(archive, uploads, force)
  return { archive: hasArchive ? archive : null }
}

async function assertUploadsEmpty(uploads) {
  if (existsSync(uploads) && (await readdir(uploads)).length > 0) {
    throw new Error(`The uploads folder ${uploads} is not empty: restore into an empty one, or add --force to replace its files.`)
  }
}

async function restoreUploads(archive, uploads, force) {
  if (force) await rm(uploads, { recursive: true, force: true })
  await mkdir(uploads, { recursive: true })
  await runTool("tar", ["-xzf", archive, "-C", uploads])
}

/**
 * Restores a `…-embedded.tar.gz` backup (and its uploads tarball, when there is
 * one) into the embedded Postgres' data folder, which must be empty unless
 * `force`: then the old folder is moved aside to `<dataDir>.before-restore-<time>`,
 * never deleted. Refuses while the embedded Postgres runs; starts the restored
 * cluster once to prove it comes up, and stops it.
 */
export async function restoreEmbeddedBackup({ file, dataDir = embeddedDataDir(), port = embeddedPort(), uploads = uploadsDir(), force = false }) {
  const archive = uploadsArchiveOf(file)
  const hasArchive = existsSync(archive)
  await assertBaseBackupRestorable({ file, dataDir, port, force })
  if (hasArchive && !force) await assertUploadsEmpty(uploads)
  const movedTo = `${dataDir}.before-restore-${timestamp()}`
  const databases = await restoreBaseBackup({ file, dataDir, port, movedTo })
  if (hasArchive) await restoreUploads(archive, uploads, force)
  return { dataDir, databases, movedTo: existsSync(movedTo) ? movedTo : null, archive: hasArchive ? archive : null }
}
