/**
 * The bake plan under concurrency (issue 16): 30 customers press "Place
 * order" at the same moment for the last 3 Saturday celebration cakes,
 * through TWO backend processes sharing one Postgres and one Redis. Only the
 * Redis-backed lock per group and day keeps the plan: exactly 3 orders, every
 * other customer a 409 naming a day with room, nothing half-written.
 *
 * Starts its own backends against a fresh migrated database, like
 * slot-capacity.spec.ts. Needs Redis: PLAN_TEST_REDIS_URL, default
 * redis://127.0.0.1:6379/10 (a database index of its own).
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

const REDIS_URL = process.env.PLAN_TEST_REDIS_URL ?? "redis://127.0.0.1:6379/10"
const ZONE = "America/New_York"
const CUSTOMERS = 30
const SATURDAY_CAKES = 15
/** Four earlier orders of three cakes each leave the last three. */
const LEFT = 3

// The first Saturday at least three days out, past the cakes' 48-hour notice whatever the hour.
const today = DateTime.now().setZone(ZONE).startOf("day")
const SATURDAY = [...Array(10).keys()].map((i) => today.plus({ days: 3 + i })).find((d) => d.weekday === 6)!
const START = SATURDAY.set({ hour: 10 }).toISO({ suppressMilliseconds: true })!

type Prepared = { publishable_key: string; cart_ids: string[] }

const db = suiteDatabase("bake_plan_race")
const backendEnv = (extra: Record<string, string> = {}) =>
  medusaEnv(db, "bake-plan-race", {
    // Every customer comes from this one machine; the per-address order limit is not under test here.
    RATE_LIMIT_ORDERS_PER_IP: "1000000",
    ...extra,
  })

const hasRedis = requireRedis(REDIS_URL, "two-process bake plan race", "PLAN_TEST_REDIS_URL")

const serverTrouble = () => backendTrouble(/error|lock|conflict|bake|plan|warn/i)

describe.skipIf(!hasRedis)("the bake plan across two backend processes", () => {
  let servers: Backend[] = []
  let prepared: Prepared

  beforeAll(async () => {
    await createMigratedDatabase(db, backendEnv())
    const output = path.join(os.tmpdir(), `${db.name}.json`)
    await finished(
      "prepare-bake-plan-race",
      runMedusa(
        "prepare-bake-plan-race",
        ["exec", "./integration-tests/multiprocess/prepare-bake-plan-race.ts"],
        backendEnv({
          NODE_ENV: "development",
          PLAN_TEST_OUTPUT: output,
          PLAN_TEST_SATURDAY_CAKES: String(SATURDAY_CAKES),
          PLAN_TEST_CARTS: String(CUSTOMERS),
          PLAN_TEST_START: START,
        })
      )
    )
    prepared = JSON.parse(readFileSync(output, "utf8"))
    rmSync(output)
    servers = await startTwoBackends(backendEnv, REDIS_URL)
  }, 900_000)

  afterAll(async () => {
    await Promise.all(servers.map(({ child }) => stopProcess(child)))
    await dropDatabase(db)
  }, 60_000)

  it("sells the last 3 Saturday cakes to exactly 3 of 30 customers; the rest are told which day has room", async () => {
    expect(prepared.cart_ids).toHaveLength(CUSTOMERS)

    const results = await Promise.all(prepared.cart_ids.map((id, i) => completeCart(servers[i % 2].url, prepared.publishable_key, id)))
    const placed = results.filter((r) => r.status === 200 && r.data.type === "order")
    const refused = results.filter((r) => r.status === 409)
    const unexpected = results.filter((r) => !placed.includes(r) && !refused.includes(r))
    expect(unexpected.map((r) => `${r.status} ${JSON.stringify(r.data)}`), serverTrouble()).toEqual([])
    expect(placed, serverTrouble()).toHaveLength(LEFT)
    expect(refused).toHaveLength(CUSTOMERS - LEFT)
    for (const { data } of refused) {
      expect(data.message, serverTrouble()).toMatch(/^Saturday is fully booked for celebration cakes — (Friday|Sunday) has room\.$/)
    }

    // The database agrees: the day's fifteen cakes booked, one booking per order, nothing for the refused carts.
    const date = SATURDAY.toISODate()
    const bookings = await sql(db.url, "select cart_id, units, over_plan from bake_plan_booking where date = $1 and deleted_at is null", [date])
    expect(bookings.reduce((sum, b) => sum + b.units, 0)).toBe(SATURDAY_CAKES)
    expect(bookings.every((b) => b.over_plan === false)).toBe(true)
    const raced = bookings.filter((b) => prepared.cart_ids.includes(b.cart_id))
    expect(raced.map((b) => b.cart_id).sort()).toEqual(placed.map((r) => r.id).sort())
    const unordered = await sql(
      db.url,
      `select b.cart_id from bake_plan_booking b where b.deleted_at is null
         and not exists (select 1 from order_cart oc where oc.cart_id = b.cart_id and oc.deleted_at is null)`
    )
    expect(unordered).toEqual([])
    const orders = await sql(db.url, `select count(*)::int as n from "order" where deleted_at is null`)
    expect(orders[0].n).toBe(4 + LEFT)
    const completed = await sql(db.url, "select id from cart where id = any($1) and completed_at is not null", [prepared.cart_ids])
    expect(completed.map((c) => c.id).sort()).toEqual(placed.map((r) => r.id).sort())
    // The refused customers hold no pickup place either: the plan is checked before the slot.
    const slots = await sql(db.url, "select cart_id from slot_booking where cart_id = any($1) and deleted_at is null", [prepared.cart_ids])
    expect(slots.map((s) => s.cart_id).sort()).toEqual(placed.map((r) => r.id).sort())
  }, 600_000)
})
