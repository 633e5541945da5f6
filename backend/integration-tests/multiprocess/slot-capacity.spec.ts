/**
 * The concurrency proof: 50 customers complete their carts for the
 * same pickup slot (5 places) at once, through TWO backend processes sharing
 * one Postgres and one Redis. Only the Redis-backed lock makes this safe; an
 * in-process lock would let both processes sell the same place.
 *
 * The suite starts its own backends (`medusa start` straight from the
 * TypeScript sources, so no build is needed) against a fresh migrated
 * database. It needs Redis: SLOT_TEST_REDIS_URL, default
 * redis://127.0.0.1:6379/11 (a database index of its own, so the event and
 * workflow queues never mix with another Medusa using the same server).
 */
import { readFileSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { DateTime } from "luxon"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  backendTrouble,
  type Backend,
  completeCart,
  createMigratedDatabase,
  dropDatabase,
  finished,
  medusaEnv,
  requireRedis,
  runMedusa,
  sql,
  startTwoBackends,
  stopProcess,
  suiteDatabase,
} from "./medusa-processes"

const REDIS_URL = process.env.SLOT_TEST_REDIS_URL ?? "redis://127.0.0.1:6379/11"
const CUSTOMERS = 50
const CAPACITY = 5
const ZONE = "America/New_York"

type Prepared = { publishable_key: string; cart_ids: string[] }

// Three days ahead, so neither the clock nor the (absent) lead time can interfere.
const SLOT_DAY = DateTime.now().setZone(ZONE).plus({ days: 3 }).toISODate()
const SLOT_START = DateTime.fromISO(`${SLOT_DAY}T10:00`, { zone: ZONE }).toISO({ suppressMilliseconds: true })!

const db = suiteDatabase("slot_capacity")
const databaseUrl = db.url

const backendEnv = (extra: Record<string, string> = {}) =>
  medusaEnv(db, "slot-capacity", {
    // All 50 customers come from this one machine; the per-address order limit is not under test here.
    RATE_LIMIT_ORDERS_PER_IP: "1000000",
    ...extra,
  })

const hasRedis = requireRedis(REDIS_URL, "two-process slot capacity", "SLOT_TEST_REDIS_URL")

/** Log lines worth reading when the outcome is not the expected one. */
const serverTrouble = () => backendTrouble(/error|lock|conflict|full|warn/i)

describe.skipIf(!hasRedis)("slot capacity across two backend processes", () => {
  let servers: Backend[] = []
  let prepared: Prepared

  const complete = (base: string, cartId: string) => completeCart(base, prepared.publishable_key, cartId)

  beforeAll(async () => {
    // Migrations and the shop run without Redis: they only need Postgres.
    await createMigratedDatabase(db, backendEnv())
    const output = path.join(os.tmpdir(), `${db.name}.json`)
    const prepare = runMedusa(
      "prepare-shop",
      ["exec", "./integration-tests/multiprocess/prepare-shop.ts"],
      backendEnv({
        NODE_ENV: "development",
        SLOT_TEST_OUTPUT: output,
        SLOT_TEST_CAPACITY: String(CAPACITY),
        SLOT_TEST_CARTS: String(CUSTOMERS),
        SLOT_TEST_START: SLOT_START,
      })
    )
    await finished("prepare-shop", prepare)
    prepared = JSON.parse(readFileSync(output, "utf8"))
    rmSync(output)

    servers = await startTwoBackends(backendEnv, REDIS_URL)
  }, 900_000)

  afterAll(async () => {
    await Promise.all(servers.map(({ child }) => stopProcess(child)))
    await dropDatabase(db)
  }, 60_000)

  it("sells exactly the slot's places: 5 orders, 45 clean 409s, every booking with its order", async () => {
    expect(prepared.cart_ids).toHaveLength(CUSTOMERS)

    // Everyone presses "Place order" at once, half of them on each backend.
    const results = await Promise.all(prepared.cart_ids.map((id, i) => complete(servers[i % 2].url, id)))

    const placed = results.filter((r) => r.status === 200 && r.data.type === "order")
    const refused = results.filter((r) => r.status === 409)
    const unexpected = results.filter((r) => !placed.includes(r) && !refused.includes(r))
    expect(unexpected.map((r) => `${r.status} ${JSON.stringify(r.data)}`), serverTrouble()).toEqual([])
    expect(placed, serverTrouble()).toHaveLength(CAPACITY)
    expect(refused).toHaveLength(CUSTOMERS - CAPACITY)
    for (const { data } of refused) {
      expect(data.message, serverTrouble()).toMatch(/^\w+day 10:00 is full — \d\d:\d\d is free\.$/)
    }
    // The database agrees: five bookings in the slot, one per order, no strays.
    const bookings = await sql(databaseUrl, "select cart_id, order_id, slot_start from slot_booking where deleted_at is null")
    expect(bookings).toHaveLength(CAPACITY)
    expect(bookings.every((b) => new Date(b.slot_start).getTime() === new Date(SLOT_START).getTime())).toBe(true)
    expect(bookings.map((b) => b.cart_id).sort()).toEqual(placed.map((r) => r.id).sort())
    expect(bookings.map((b) => b.order_id).sort()).toEqual(placed.map((r) => r.data.order.id).sort())

    const orders = await sql(databaseUrl, `select id, metadata from "order" where deleted_at is null`)
    expect(orders).toHaveLength(CAPACITY)
    const orphanBookings = await sql(
      databaseUrl,
      `select b.id from slot_booking b left join "order" o on o.id = b.order_id where b.deleted_at is null and o.id is null`
    )
    expect(orphanBookings).toEqual([])
    const ordersWithoutBooking = await sql(
      databaseUrl,
      `select o.id from "order" o where o.deleted_at is null and not exists
         (select 1 from slot_booking b where b.order_id = o.id and b.deleted_at is null)`
    )
    expect(ordersWithoutBooking).toEqual([])
    expect(orders.every((o) => o.metadata?.fulfillment_slot?.start === SLOT_START)).toBe(true)

    const completedCarts = await sql(databaseUrl, "select id from cart where completed_at is not null")
    expect(completedCarts.map((c) => c.id).sort()).toEqual(placed.map((r) => r.id).sort())
  }, 600_000)
})
