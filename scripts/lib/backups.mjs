// What `npm run backup` and `npm run restore` share: where backups live, the
// shop's database (DATABASE_URL, or the embedded one, started for the job
// when `npm start` is not running it) and the Postgres client tools.
import { execFile } from "node:child_process"
import { existsSync } from "node:fs"
import { mkdir, readdir, rename, rm } from "node:fs/promises"
import path from "node:path"
import { promisify } from "node:util"
import { withClient } from "./database.mjs"
import { EMBEDDED_PG_PASSWORD, EMBEDDED_PG_USER } from "./embedded-postgres.mjs"
import { DATA_DIR, openDatabase } from "./shop-env.mjs"

const exec = promisify(execFile)
const PREFIX = "sweet-crumbs-"
const DUMP = ".dump"
const UPLOADS = ".uploads.tar.gz"

export const backupDir = () => path.resolve(process.env.BACKUP_DIR ?? path.join(DATA_DIR, "backups"))
export const uploadsDir = () => path.resolve(process.env.UPLOAD_DIR ?? path.join(DATA_DIR, "uploads"))

/** The uploads tarball that belongs to a database dump. */
export const uploadsArchiveOf = (dumpFile) => dumpFile.slice(0, -DUMP.length) + UPLOADS

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
    const port = Number(process.env.EMBEDDED_PG_PORT ?? 54320)
    const running = `postgres://${EMBEDDED_PG_USER}:${EMBEDDED_PG_PASSWORD}@localhost:${port}/sweet_crumbs`
    if (await withClient(running, async () => true).catch(() => false)) {
      return { url: running, stop: async () => {} }
    }
  }
  return openDatabase({ log })
}

/**
 * Runs a command-line job (`npm run backup`, `npm run restore`) against the
 * shop's database: `check()` first (bad settings fail before any database is
 * started), then `job(database, checked)`. A failure is one line, "✗ <what>
 * failed: <reason>", and exit code 1. Exits explicitly: embedded-postgres'
 * exit hook would otherwise turn a failure's exit code into 0.
 */
export async function runShopDatabaseJob(what, { check = () => undefined, job }) {
  let database = null
  let failed = false
  try {
    const checked = check()
    database = await openShopDatabase({ log: (line) => console.log(`» ${line}`) })
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

/**
 * Writes `<BACKUP_DIR>/sweet-crumbs-<time>.dump` (pg_dump, custom format,
 * compressed) and, when the uploads folder exists, `….uploads.tar.gz` beside
 * it; then deletes all but the newest `keep` backups. Each file is written
 * under a temporary name first, so a cut-short run never looks like a backup.
 * Returns the files written and removed.
 */
export async function createBackup({ databaseUrl, dir = backupDir(), uploads = uploadsDir(), keep = backupsToKeep() }) {
  const pgDump = await pgTool("pg_dump", databaseUrl)
  await mkdir(dir, { recursive: true })
  const stamp = new Date().toISOString().replace(/[:.]/g, "-")
  const dump = path.join(dir, `${PREFIX}${stamp}${DUMP}`)
  await runTool(pgDump, ["--format=custom", "--compress=6", `--file=${dump}.partial`, `--dbname=${databaseUrl}`])
  await rename(`${dump}.partial`, dump)

  let archive = null
  if (existsSync(uploads)) {
    archive = uploadsArchiveOf(dump)
    await runTool("tar", ["-czf", `${archive}.partial`, "-C", uploads, "."])
    await rename(`${archive}.partial`, archive)
  }
  return { dump, archive, removed: await pruneBackups(dir, keep) }
}

/** Deletes every backup (dump and uploads tarball) but the newest `keep`. */
export async function pruneBackups(dir, keep) {
  const dumps = (await readdir(dir)).filter((name) => name.startsWith(PREFIX) && name.endsWith(DUMP)).sort().reverse()
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
  const hasArchive = dump.endsWith(DUMP) && existsSync(archive)
  const pgRestore = await pgTool("pg_restore", databaseUrl)
  if (!force) {
    const tables = await countTables(databaseUrl)
    const database = new URL(databaseUrl).pathname.slice(1)
    if (tables > 0) {
      throw new Error(`The database "${database}" is not empty (${tables} table${tables === 1 ? "" : "s"}): restore into an empty database, or add --force to replace its contents.`)
    }
    if (hasArchive && existsSync(uploads) && (await readdir(uploads)).length > 0) {
      throw new Error(`The uploads folder ${uploads} is not empty: restore into an empty one, or add --force to replace its files.`)
    }
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
  if (hasArchive) {
    if (force) await rm(uploads, { recursive: true, force: true })
    await mkdir(uploads, { recursive: true })
    await runTool("tar", ["-xzf", archive, "-C", uploads])
  }
  return { archive: hasArchive ? archive : null }
}
