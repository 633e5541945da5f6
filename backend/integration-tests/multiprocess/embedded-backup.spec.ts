/**
 * `npm run backup` / `npm run restore` on npm start's embedded Postgres when no
 * pg_dump fits its server: an online base backup of the whole cluster, taken
 * while oven batches are still being written, restored into a fresh data
 * folder that starts with every batch committed before the backup and a tally
 * that agrees with its batches. The shop is real: Medusa's migrations, the
 * fixture catalog and customers' carts waiting at "Place order" with their
 * pickup slots, so the copy is checked table by table on a shop database.
 */
import { existsSync } from "node:fs"
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { DateTime } from "luxon"
import pg from "pg"
// @ts-ignore -- plain ESM helpers shared with `npm start`
import { ensureDatabase, startEmbeddedPostgres } from "../../../scripts/lib/embedded-postgres.mjs"
// @ts-ignore -- plain ESM helper shared with `npm start`
import { freePort } from "../../../scripts/lib/ports.mjs"
import { runShopScript } from "../fixtures/shop-scripts"
import { finished, medusaEnv, runMedusa, sql } from "./medusa-processes"

const LOAVES = ["country-sourdough", "rye", "brioche", "baguette"]
const ZONE = "America/New_York"
const PICKUP = DateTime.fromISO(`${DateTime.now().setZone(ZONE).plus({ days: 3 }).toISODate()}T10:00`, { zone: ZONE }).toISO({ suppressMilliseconds: true })!
const RECIPE_BOOK = "Country sourdough: 1000 g flour, 750 g water, 200 g levain, 22 g salt.\n".repeat(500)

/**
 * Records oven batches one transaction at a time (a batch row and its loaf's
 * tally) until stopped, noting the ones committed while a backup was copying
 * files: between its pg_backup_start and its pg_backup_stop.
 */
function startOven(url: string) {
  const client = new pg.Client({ connectionString: url })
  let running = true
  let lastCommitted = 0
  let batches = 0
  const duringBackup: number[] = []
  const done = (async () => {
    await client.connect()
    while (running) {
      const loaf = LOAVES[batches % LOAVES.length]
      const loaves = (batches % 7) + 1
      await client.query("begin")
      const { rows } = await client.query("insert into oven_batch (loaf, loaves) values ($1, $2) returning id", [loaf, loaves])
      await client.query("update oven_tally set loaves = loaves + $2 where loaf = $1", [loaf, loaves])
      const { rows: [backup] } = await client.query(
        "select exists (select 1 from pg_stat_activity where state = 'idle' and query like 'select pg_backup_start%') as copying"
      )
      await client.query("commit")
      lastCommitted = Number(rows[0].id)
      if (backup.copying) duringBackup.push(lastCommitted)
      batches++
    }
    await client.end()
  })()
  return {
    lastCommitted: () => lastCommitted,
    batches: () => batches,
    duringBackup: () => duringBackup,
    stop: async () => {
      running = false
      await done
    },
  }
}

/** Row counts of every table in the shop's database, Medusa's and ours. */
async function tableCounts(url: string) {
  const tables = await sql<{ name: string }>(url, `select quote_ident(tablename) as name from pg_tables where schemaname = 'public' order by 1`)
  const counts: Record<string, number> = {}
  for (const { name } of tables) {
    counts[name] = Number((await sql(url, `select count(*) from ${name}`))[0].count)
  }
  return counts
}

describe("npm run backup / restore on the embedded Postgres", () => {
  let scratch = ""
  let shopData = ""
  let restoredData = ""
  let backups = ""
  let uploads = ""
  let port = 0
  let source: { url: (db?: string) => string; stop: () => Promise<void> } | null = null

  const shopEnv = () => ({ SWEET_CRUMBS_DATA_DIR: shopData, EMBEDDED_PG_PORT: String(port), BACKUP_DIR: backups, UPLOAD_DIR: uploads })
  const backupFiles = async () => (await readdir(backups)).filter((f) => f.endsWith("-embedded.tar.gz")).sort()

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), "sweet-crumbs-embedded-backup-"))
    // As root, the `postgres` user must reach the data folders below.
    await chmod(scratch, 0o755)
    shopData = path.join(scratch, "shop")
    restoredData = path.join(scratch, "restored")
    backups = path.join(scratch, "backups")
    uploads = path.join(scratch, "uploads")
    await mkdir(uploads)
    await writeFile(path.join(uploads, "lemon-tart.webp"), "a photo Maya uploaded")

    port = await freePort()
    source = await startEmbeddedPostgres({ dataDir: path.join(shopData, "postgres"), port })
    await ensureDatabase(source!.url("postgres"), "sweet_crumbs")
    const url = source!.url("sweet_crumbs")
    const env = medusaEnv({ url }, "embedded-backup", { NODE_ENV: "development" })
    await finished("migrate", runMedusa("migrate", ["db:migrate"], env))
    const prepare = runMedusa("prepare-shop", ["exec", "./integration-tests/multiprocess/prepare-shop.ts"], {
      ...env,
      SLOT_TEST_OUTPUT: path.join(scratch, "prepared-shop.json"),
      SLOT_TEST_CAPACITY: "10",
      SLOT_TEST_CARTS: "5",
      SLOT_TEST_START: PICKUP,
    })
    await finished("prepare-shop", prepare)
    await sql(url, `create table oven_batch (id bigserial primary key, loaf text not null, loaves int not null, baked_at timestamptz not null default now())`)
    await sql(url, `create table oven_tally (loaf text primary key, loaves bigint not null)`)
    await sql(url, `create table recipe_card (title text primary key, book oid not null)`)
    await sql(url, `insert into oven_tally select unnest($1::text[]), 0`, [LOAVES])
    await sql(url, `insert into recipe_card values ('Country sourdough', lo_from_bytea(0, convert_to($1, 'UTF8')))`, [RECIPE_BOOK])
  })

  afterAll(async () => {
    await source?.stop()
    if (scratch) await rm(scratch, { recursive: true, force: true })
  })

  it("backs up the running shop online while batches are written, refuses to restore while it runs, and restores every batch committed before the backup with a consistent tally", async () => {
    const url = source!.url("sweet_crumbs")
    // An older pg_dump backup of the other kind, which BACKUP_KEEP=1 prunes along with its photos.
    await mkdir(backups)
    await writeFile(path.join(backups, "sweet-crumbs-2020-01-01T00-00-00-000Z.dump"), "an old dump")
    await writeFile(path.join(backups, "sweet-crumbs-2020-01-01T00-00-00-000Z.uploads.tar.gz"), "old photos")
    // PG_BIN_DIR without a pg_dump: the base backup is taken whatever client tools this machine has.
    const noTools = path.join(scratch, "no-client-tools")
    await mkdir(noTools)

    const oven = startOven(url)
    while (oven.batches() < 50) await new Promise((resolve) => setTimeout(resolve, 20))
    const committedBefore = oven.lastCommitted()
    const backup = await runShopScript("backup.mjs", [], { ...shopEnv(), PG_BIN_DIR: noTools, BACKUP_KEEP: "1" })
    await oven.stop()
    expect(backup.code, backup.stderr).toBe(0)
    // The test means something only if batches were written while the files were being copied.
    expect(oven.duringBackup().length).toBeGreaterThan(0)

    const [file] = await backupFiles()
    expect(file).toMatch(/^sweet-crumbs-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z-embedded\.tar\.gz$/)
    expect(backup.stdout).toContain(`✓ Embedded Postgres (whole cluster, online base backup) backed up to ${path.join(backups, file)}`)
    expect((await readdir(backups)).sort()).toEqual([file, file.replace(/-embedded\.tar\.gz$/, ".uploads.tar.gz")].sort())

    const refused = await runShopScript("restore.mjs", [path.join(backups, file)], { ...shopEnv(), SWEET_CRUMBS_DATA_DIR: restoredData })
    expect(refused.code).toBe(1)
    expect(refused.stderr.trim()).toBe(`✗ Restore failed: the embedded Postgres is running on port ${port}: stop npm start first.`)
    expect(existsSync(restoredData)).toBe(false)

    const sourceBatches = await sql<{ id: string; loaves: number }>(url, "select id, loaves from oven_batch order by id")
    const sourceCounts = await tableCounts(url)
    const shopRows = async (from: string) => ({
      products: await sql(from, "select id, handle, title from product order by id"),
      carts: await sql(from, "select id, email, completed_at from cart order by id"),
    })
    const sourceShop = await shopRows(url)
    expect(sourceShop.carts).toHaveLength(5)
    await source!.stop()
    source = null

    const restoredPort = await freePort()
    const restoredUploads = path.join(scratch, "restored-uploads")
    const restored = await runShopScript("restore.mjs", [path.join(backups, file)], {
      SWEET_CRUMBS_DATA_DIR: restoredData,
      EMBEDDED_PG_PORT: String(restoredPort),
      UPLOAD_DIR: restoredUploads,
    })
    expect(restored.code, restored.stderr).toBe(0)
    expect(restored.stdout).toContain(`✓ Embedded Postgres restored into ${path.join(restoredData, "postgres")}`)
    expect(await readFile(path.join(restoredUploads, "lemon-tart.webp"), "utf8")).toBe("a photo Maya uploaded")
    // Crash recovery from backup_label replayed the copied WAL; no recovery.signal was needed.
    expect(existsSync(path.join(restoredData, "postgres", "backup_label.old"))).toBe(true)
    expect(existsSync(path.join(restoredData, "postgres", "recovery.signal"))).toBe(false)

    const copy = await startEmbeddedPostgres({ dataDir: path.join(restoredData, "postgres"), port: restoredPort })
    try {
      const copyUrl = copy.url("sweet_crumbs")
      const batches = await sql<{ id: string; loaves: number }>(copyUrl, "select id, loaves from oven_batch order by id")
      const last = Number(batches.at(-1)!.id)
      expect(last).toBeGreaterThanOrEqual(committedBefore)
      expect(last).toBeGreaterThanOrEqual(Math.max(...oven.duringBackup()))
      // One writer, one transaction per batch: a consistent copy is exactly the source's first batches, without gaps.
      expect(batches).toEqual(sourceBatches.slice(0, last))
      const tallies = await sql(copyUrl, `select t.loaf, t.loaves::int as tally, coalesce(sum(b.loaves), 0)::int as baked
        from oven_tally t left join oven_batch b using (loaf) group by t.loaf, t.loaves order by t.loaf`)
      expect(tallies).toHaveLength(LOAVES.length)
      for (const tally of tallies) expect(tally.tally).toBe(tally.baked)
      const [{ next }] = await sql(copyUrl, "select nextval('oven_batch_id_seq')::int as next")
      expect(next).toBeGreaterThan(last)
      const [book] = await sql(copyUrl, "select convert_from(lo_get(book), 'UTF8') as text from recipe_card")
      expect(book.text).toBe(RECIPE_BOOK)

      const copyCounts = await tableCounts(copyUrl)
      expect(Object.keys(copyCounts).length).toBeGreaterThan(100)
      expect({ ...copyCounts, oven_batch: undefined }).toEqual({ ...sourceCounts, oven_batch: undefined })
      expect(await shopRows(copyUrl)).toEqual(sourceShop)
    } finally {
      await copy.stop()
    }
  })

  it("refuses a non-empty data folder without --force; with --force it moves the old folder aside and restores", async () => {
    const [file] = await backupFiles()
    const restoredPort = await freePort()
    const dataDir = path.join(restoredData, "postgres")
    const copy = await startEmbeddedPostgres({ dataDir, port: restoredPort })
    await sql(copy.url("sweet_crumbs"), "insert into oven_batch (loaf, loaves) values ('changed-since', 1)")
    await copy.stop()
    const env = { SWEET_CRUMBS_DATA_DIR: restoredData, EMBEDDED_PG_PORT: String(restoredPort), UPLOAD_DIR: path.join(scratch, "forced-uploads") }

    const refused = await runShopScript("restore.mjs", [path.join(backups, file)], env)
    expect(refused.code).toBe(1)
    expect(refused.stderr.trim()).toBe(`✗ Restore failed: The data folder ${dataDir} is not empty: restore into an empty one, or add --force to move it aside.`)
    expect((await readdir(restoredData)).sort()).toEqual(["postgres"])

    const forced = await runShopScript("restore.mjs", [path.join(backups, file), "--force"], env)
    expect(forced.code, forced.stderr).toBe(0)
    const [aside] = (await readdir(restoredData)).filter((name) => name.startsWith("postgres.before-restore-"))
    expect(aside).toMatch(/^postgres\.before-restore-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/)
    expect(forced.stdout).toContain(`» The old data folder was moved aside to ${path.join(restoredData, aside)}`)

    for (const [folder, changed] of [[dataDir, 0], [path.join(restoredData, aside), 1]] as const) {
      const server = await startEmbeddedPostgres({ dataDir: folder, port: restoredPort })
      try {
        const [row] = await sql(server.url("sweet_crumbs"), "select count(*)::int as count from oven_batch where loaf = 'changed-since'")
        expect(row.count).toBe(changed)
      } finally {
        await server.stop()
      }
    }
  })

  it("says plainly when the file is not an embedded backup, or DATABASE_URL is set for one", async () => {
    const [file] = await backupFiles()
    const env = { SWEET_CRUMBS_DATA_DIR: path.join(scratch, "never"), EMBEDDED_PG_PORT: String(await freePort()) }
    const photos = file.replace(/-embedded\.tar\.gz$/, ".uploads.tar.gz")
    const notBackup = await runShopScript("restore.mjs", [path.join(backups, photos)], env)
    expect(notBackup.code).toBe(1)
    expect(notBackup.stderr.trim()).toBe(
      `✗ Restore failed: ${photos} is not a backup: give the sweet-crumbs-<time>.dump or sweet-crumbs-<time>-embedded.tar.gz file (its .uploads.tar.gz is restored with it).`
    )

    const garbled = path.join(scratch, "sweet-crumbs-2021-01-01T00-00-00-000Z-embedded.tar.gz")
    await writeFile(garbled, "not a tarball")
    const unreadable = await runShopScript("restore.mjs", [garbled], env)
    expect(unreadable.stderr.trim()).toBe(`✗ Restore failed: ${path.basename(garbled)} is not a readable tarball, so not a backup of the embedded Postgres.`)

    const withUrl = await runShopScript("restore.mjs", [path.join(backups, file)], { ...env, DATABASE_URL: "postgres://localhost/elsewhere" })
    expect(withUrl.code).toBe(1)
    expect(withUrl.stderr.trim()).toBe(
      `✗ Restore failed: ${file} is a base backup of the embedded Postgres: unset DATABASE_URL to restore it into the embedded data folder; DATABASE_URL takes a .dump.`
    )
    expect(existsSync(path.join(scratch, "never"))).toBe(false)
  })
})
