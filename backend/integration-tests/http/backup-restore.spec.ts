/**
 * `npm run backup` and `npm run restore` (scripts/backup.mjs, restore.mjs) on
 * a real shop: orders placed through the store API (customers, slot
 * bookings, pay-at-pickup payments) and an uploaded photo are backed up, and
 * a restore into a fresh database gives back the same rows.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
// @ts-ignore -- plain ESM helper shared with the scripts
import { pgTool } from "../../../scripts/lib/backups.mjs"
import { createAdminHeaders } from "../fixtures/admin"
import { placeOrder } from "../fixtures/checkout"
import { createShopFixture } from "../fixtures/shop"
import { runShopScript } from "../fixtures/shop-scripts"
import { dropDatabase, sql, suiteDatabase } from "../multiprocess/medusa-processes"

const ZONE = "America/New_York"
const OPEN = [{ open: "08:00", close: "20:00" }]
const OPEN_DAILY = { mon: OPEN, tue: OPEN, wed: OPEN, thu: OPEN, fri: OPEN, sat: OPEN, sun: OPEN }
// Four days out, so no lead time or cut-off refuses the slots.
const bakeDay = DateTime.now().setZone(ZONE).plus({ days: 4 }).toISODate()
const at = (clock: string) => DateTime.fromISO(`${bakeDay}T${clock}`, { zone: ZONE }).toISO({ suppressMilliseconds: true })!

/** The shop's records a restore must give back, row for row. */
const TABLES = ["order", "order_item", "order_line_item", "order_summary", "customer", "slot_booking", "payment_collection", "payment"]

async function shopRows(url: string) {
  const rows: Record<string, unknown[]> = {}
  for (const table of TABLES) {
    rows[table] = await sql(url, `select * from "${table}" order by id`)
  }
  return rows
}

const source = suiteDatabase("backup_source")
const target = suiteDatabase("backup_restored")

medusaIntegrationTestRunner({
  dbName: source.name,
  testSuite: ({ api, getContainer }) => {
    let scratch = ""
    let backups = ""
    let uploads = ""
    let restoredUploads = ""
    let toolProblem: string | null = null
    const dumps = async () => (await readdir(backups)).filter((f) => f.endsWith(".dump")).sort()

    beforeAll(async () => {
      scratch = await mkdtemp(path.join(os.tmpdir(), "sweet-crumbs-backup-"))
      backups = path.join(scratch, "backups")
      uploads = path.join(scratch, "uploads")
      restoredUploads = path.join(scratch, "restored-uploads")
      await mkdir(uploads)
      await writeFile(path.join(uploads, "lemon-tart.webp"), "a photo Maya uploaded")
      toolProblem = await pgTool("pg_dump", source.url).then(() => null, (error: Error) => error.message)

      const container = getContainer()
      const shop = await createShopFixture(container)
      const admin = await createAdminHeaders(container)
      await api.post("/admin/bakery/schedule", { timezone: ZONE, same_day_cutoff: null, opening_hours: OPEN_DAILY }, admin)
      const { data } = await api.get("/store/products?fields=handle,variants.id&limit=50", {
        headers: { "x-publishable-api-key": shop.publishable_key },
      })
      const variant = (handle: string) => data.products.find((p: any) => p.handle === handle).variants[0].id as string
      await placeOrder(api, shop, {
        customer: { email: "jane.backup@example.com", first_name: "Jane", last_name: "Baker", phone: "+1 718 555 0170" },
        items: [{ variant_id: variant("country-sourdough"), quantity: 2 }],
        slot: { type: "pickup", start: at("09:00") },
        note: "Sliced, please",
      })
      await placeOrder(api, shop, {
        customer: { email: "ana.backup@example.com", first_name: "Ana", last_name: "Ruiz", phone: "+1 718 555 0171" },
        items: [{ variant_id: variant("peanut-butter-cookie"), quantity: 6 }],
        slot: { type: "pickup", start: at("10:00") },
      })
      await placeOrder(api, shop, {
        customer: { email: "sam.backup@example.com", first_name: "Sam", last_name: "Lee", phone: "+1 347 555 0172" },
        items: [{ variant_id: variant("chocolate-celebration-cake"), quantity: 1 }],
        slot: { type: "delivery", start: at("13:00") },
      })
    })

    afterAll(async () => {
      await dropDatabase(target)
      await rm(scratch, { recursive: true, force: true })
    })

    beforeEach((context) => {
      if (toolProblem) {
        console.warn(`Skipping the backup test: ${toolProblem}`)
        context.skip()
      }
    })

    it("backs up the shop and restores it into an empty database: the same orders, items, customers, bookings, payments and photos", async () => {
      const backup = await runShopScript("backup.mjs", [], { DATABASE_URL: source.url, BACKUP_DIR: backups, UPLOAD_DIR: uploads })
      expect(backup.code, backup.stderr).toBe(0)
      const [dump] = await dumps()
      expect(dump).toMatch(/^sweet-crumbs-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.dump$/)
      expect(await readdir(backups)).toEqual([dump, dump.replace(/\.dump$/, ".uploads.tar.gz")])
      // Customers' details and password hashes: only the owner may read a backup.
      for (const file of await readdir(backups)) expect((await stat(path.join(backups, file))).mode & 0o077).toBe(0)

      await sql(target.adminUrl, `create database "${target.name}"`)
      const restore = await runShopScript("restore.mjs", [path.join(backups, dump)], { DATABASE_URL: target.url, UPLOAD_DIR: restoredUploads })
      expect(restore.code, restore.stderr).toBe(0)

      const original = await shopRows(source.url)
      expect(original.order).toHaveLength(3)
      expect(original.slot_booking).toHaveLength(3)
      expect(original.payment).toHaveLength(3)
      expect(original.customer.length).toBeGreaterThanOrEqual(3)
      expect(await shopRows(target.url)).toEqual(original)
      const [totals] = await sql(target.url, `select sum((totals->>'current_order_total')::numeric)::text as sum from order_summary`)
      expect(Number(totals.sum)).toBeGreaterThan(0)
      expect(await readFile(path.join(restoredUploads, "lemon-tart.webp"), "utf8")).toBe("a photo Maya uploaded")
    })

    it("refuses to restore into the now non-empty database without --force, in one sentence, and leaves it as it was", async () => {
      const [dump] = await dumps()
      const before = await shopRows(target.url)
      await sql(target.url, `update customer set first_name = 'Changed since' where email = 'jane.backup@example.com'`)

      const refused = await runShopScript("restore.mjs", [path.join(backups, dump)], { DATABASE_URL: target.url, UPLOAD_DIR: restoredUploads })
      expect(refused.code).toBe(1)
      expect(refused.stderr.trim()).toMatch(/^✗ Restore failed: The database "sc_backup_restored_\w+" is not empty \(\d+ tables\): restore into an empty database, or add --force to replace its contents\.$/)
      const [jane] = await sql(target.url, `select first_name from customer where email = 'jane.backup@example.com'`)
      expect(jane.first_name).toBe("Changed since")

      const forced = await runShopScript("restore.mjs", [path.join(backups, dump), "--force"], { DATABASE_URL: target.url, UPLOAD_DIR: restoredUploads })
      expect(forced.code, forced.stderr).toBe(0)
      expect(await shopRows(target.url)).toEqual(before)
    })

    it("keeps only the newest BACKUP_KEEP backups", async () => {
      const env = { DATABASE_URL: source.url, BACKUP_DIR: backups, UPLOAD_DIR: uploads, BACKUP_KEEP: "2" }
      const first = await dumps()
      for (let i = 0; i < 2; i++) {
        expect((await runShopScript("backup.mjs", [], env)).code).toBe(0)
      }
      const kept = await dumps()
      expect(kept).toHaveLength(2)
      expect(kept).not.toContain(first[0])
      expect((await readdir(backups)).filter((f) => f.endsWith(".uploads.tar.gz")).sort()).toEqual(
        kept.map((f) => f.replace(/\.dump$/, ".uploads.tar.gz"))
      )

      const refused = await runShopScript("backup.mjs", [], { ...env, BACKUP_KEEP: "none" })
      expect(refused.code).toBe(1)
      expect(refused.stderr.trim()).toBe('✗ Backup failed: BACKUP_KEEP must be a whole number of at least 1 (got "none").')
    })
  },
})
