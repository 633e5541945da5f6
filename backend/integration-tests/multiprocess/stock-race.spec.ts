/**
 * Stock is never oversold under concurrency (issue 12 §2): customers press
 * "Place order" at the same moment for the last units, through TWO backend
 * processes sharing one Postgres and one Redis, with the basket shapes
 * Medusa's line-by-line check lets through (one cake on two lines, two
 * products sharing an inventory item, a kit) and plain ones (30 customers,
 * 3 loaves; baskets crossing two items in opposite orders). Exactly as many
 * orders as the stock allows, availability never below zero, and every other
 * customer a clean 400 naming what is left.
 *
 * Starts its own backends against a fresh migrated database, like
 * slot-capacity.spec.ts. Needs Redis: STOCK_TEST_REDIS_URL, default
 * redis://127.0.0.1:6379/12 (a database index of its own).
 */
import { readFileSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import Redis from "ioredis"
import { DateTime } from "luxon"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  backendTrouble,
  type Backend,
  type CartAnswer,
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

const REDIS_URL = process.env.STOCK_TEST_REDIS_URL ?? "redis://127.0.0.1:6379/12"
const ZONE = "America/New_York"
// Beyond the cakes' 48 h lead time.
const START = DateTime.fromISO(`${DateTime.now().setZone(ZONE).plus({ days: 4 }).toISODate()}T10:00`, { zone: ZONE }).toISO({
  suppressMilliseconds: true,
})!

type Shape = "two_lines" | "shared_item" | "kit" | "crossed" | "last_three"
type Prepared = {
  publishable_key: string
  carts: Record<Shape, string[]>
  items: Record<"cake6" | "peanut" | "cake8" | "tart" | "bun" | "bread", string>
}

const db = suiteDatabase("stock_race")
const backendEnv = (extra: Record<string, string> = {}) =>
  medusaEnv(db, "stock-race", {
    // Every customer comes from this one machine; the per-address limits are not under test here.
    RATE_LIMIT_ORDERS_PER_IP: "1000000",
    RATE_LIMIT_CART_WRITES_PER_IP: "1000000",
    ...extra,
  })

const hasRedis = requireRedis(REDIS_URL, "two-process stock race", "STOCK_TEST_REDIS_URL")

/** Log lines worth reading when the outcome is not the expected one. */
const serverTrouble = () => backendTrouble(/error|lock|conflict|stock|left|sold|warn/i)

describe.skipIf(!hasRedis)("stock across two backend processes", () => {
  let servers: Backend[] = []
  let prepared: Prepared

  const complete = (base: string, cartId: string) => completeCart(base, prepared.publishable_key, cartId)

  /** Lowest stocked − reserved over every inventory level, sampled until `done` settles. */
  async function lowestAvailabilityDuring<T>(done: Promise<T>) {
    let lowest = Infinity
    let settled = false
    void done.finally(() => (settled = true))
    while (!settled) {
      const [row] = await sql(
        db.url,
        "select min(stocked_quantity - reserved_quantity)::float as lowest from inventory_level where deleted_at is null"
      )
      lowest = Math.min(lowest, row.lowest)
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    return lowest
  }

  /**
   * Everyone presses "Place order" at once, alternating between the two
   * backends; returns the answers and the lowest availability seen meanwhile.
   */
  async function race(shape: Shape) {
    const answers = Promise.all(prepared.carts[shape].map((id, i) => complete(servers[i % 2].url, id)))
    const lowest = await lowestAvailabilityDuring(answers)
    const results = await answers
    const placed = results.filter((r) => r.status === 200 && r.data.type === "order")
    const refused = results.filter((r) => r.status === 400)
    const unexpected = results.filter((r) => !placed.includes(r) && !refused.includes(r))
    expect(unexpected.map((r) => `${r.status} ${JSON.stringify(r.data)}`), serverTrouble()).toEqual([])
    return { placed, refused, lowest }
  }

  /** What the database holds for an inventory item: the level, and the reservations per order. */
  async function stockOf(item: string) {
    const [level] = await sql(
      db.url,
      "select stocked_quantity::float as stocked, reserved_quantity::float as reserved from inventory_level where inventory_item_id = $1 and deleted_at is null",
      [item]
    )
    const reservations = await sql(
      db.url,
      `select oi.order_id, sum(r.quantity)::float as quantity
         from reservation_item r
         left join order_item oi on oi.item_id = r.line_item_id and oi.deleted_at is null
        where r.inventory_item_id = $1 and r.deleted_at is null
        group by oi.order_id`,
      [item]
    )
    return { ...level, reservations }
  }

  /** The winners' carts, and only theirs, are completed; no loser keeps a slot place. */
  async function expectOnlyWinnersCompleted(shape: Shape, placed: CartAnswer[]) {
    const ids = prepared.carts[shape]
    const completed = await sql(db.url, "select id from cart where id = any($1) and completed_at is not null", [ids])
    expect(completed.map((c) => c.id).sort()).toEqual(placed.map((r) => r.id).sort())
    const bookings = await sql(db.url, "select cart_id from slot_booking where cart_id = any($1) and deleted_at is null", [ids])
    expect(bookings.map((b) => b.cart_id).sort()).toEqual(placed.map((r) => r.id).sort())
  }

  beforeAll(async () => {
    // Migrations and the shop run without Redis: they only need Postgres.
    await createMigratedDatabase(db, backendEnv())
    const output = path.join(os.tmpdir(), `${db.name}.json`)
    await finished(
      "prepare-stock-race",
      runMedusa(
        "prepare-stock-race",
        ["exec", "./integration-tests/multiprocess/prepare-stock-race.ts"],
        backendEnv({ NODE_ENV: "development", STOCK_TEST_OUTPUT: output, STOCK_TEST_START: START })
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

  it("one cake on two lines: 5 cakes, baskets of 2 → 2 orders, the rest told 1 is left", async () => {
    const { placed, refused, lowest } = await race("two_lines")
    expect(placed, serverTrouble()).toHaveLength(2)
    expect(refused).toHaveLength(4)
    for (const { data } of refused) {
      expect(data.message).toBe('Only 1 Chocolate Celebration Cake (6") left — your basket has 2.')
    }
    expect(lowest).toBeGreaterThanOrEqual(0)
    const stock = await stockOf(prepared.items.cake6)
    expect(stock).toMatchObject({ stocked: 5, reserved: 4 })
    expect(stock.reservations.map((r) => [r.order_id, r.quantity]).sort()).toEqual(
      placed.map((r) => [r.data.order.id, 2]).sort()
    )
    await expectOnlyWinnersCompleted("two_lines", placed)
  }, 300_000)

  it("two products sharing one inventory item: 5 cookies, baskets of 1 + 1 → 2 orders", async () => {
    const { placed, refused, lowest } = await race("shared_item")
    expect(placed, serverTrouble()).toHaveLength(2)
    expect(refused).toHaveLength(4)
    for (const { data } of refused) {
      expect(data.message).toBe(
        "Only 1 left of Peanut Butter Cookie and Vegan Oat & Raisin Cookie together — your basket has 2."
      )
    }
    expect(lowest).toBeGreaterThanOrEqual(0)
    const stock = await stockOf(prepared.items.peanut)
    expect(stock).toMatchObject({ stocked: 5, reserved: 4 })
    expect(stock.reservations.map((r) => r.order_id).sort()).toEqual(placed.map((r) => r.data.order.id).sort())
    await expectOnlyWinnersCompleted("shared_item", placed)
  }, 300_000)

  it("a kit needing 2 per cake, on two lines: 10 units, baskets of 4 → 2 orders", async () => {
    const { placed, refused, lowest } = await race("kit")
    expect(placed, serverTrouble()).toHaveLength(2)
    expect(refused).toHaveLength(4)
    for (const { data } of refused) {
      expect(data.message).toBe('Only 1 Chocolate Celebration Cake (8") left — your basket has 2.')
    }
    expect(lowest).toBeGreaterThanOrEqual(0)
    const stock = await stockOf(prepared.items.cake8)
    expect(stock).toMatchObject({ stocked: 10, reserved: 8 })
    expect(stock.reservations.map((r) => [r.order_id, r.quantity]).sort()).toEqual(
      placed.map((r) => [r.data.order.id, 4]).sort()
    )
    await expectOnlyWinnersCompleted("kit", placed)
  }, 300_000)

  it("baskets crossing two items in opposite orders queue instead of deadlocking: 4 tarts, 4 buns → 4 orders", async () => {
    const { placed, refused, lowest } = await race("crossed")
    expect(placed, serverTrouble()).toHaveLength(4)
    expect(refused).toHaveLength(6)
    for (const { data } of refused) {
      expect(data.message).toContain("Sorry, Lemon Tart is sold out — your basket has 1.")
      expect(data.message).toContain("Sorry, Cinnamon Bun is sold out — your basket has 1.")
    }
    expect(lowest).toBeGreaterThanOrEqual(0)
    for (const item of [prepared.items.tart, prepared.items.bun]) {
      expect(await stockOf(item)).toMatchObject({ stocked: 4, reserved: 4 })
    }
    await expectOnlyWinnersCompleted("crossed", placed)
  }, 300_000)

  it("30 customers for the last 3 loaves: exactly 3 orders, 27 clean 400s, never below zero", async () => {
    const { placed, refused, lowest } = await race("last_three")
    expect(placed, serverTrouble()).toHaveLength(3)
    expect(refused).toHaveLength(27)
    for (const { data } of refused) {
      expect(data).toMatchObject({
        type: "not_allowed",
        code: "insufficient_inventory",
        message: "Sorry, Country Sourdough is sold out — your basket has 1.",
      })
    }
    expect(lowest).toBeGreaterThanOrEqual(0)
    const stock = await stockOf(prepared.items.bread)
    expect(stock).toMatchObject({ stocked: 3, reserved: 3 })
    expect(stock.reservations.map((r) => r.order_id).sort()).toEqual(placed.map((r) => r.data.order.id).sort())
    await expectOnlyWinnersCompleted("last_three", placed)

    // Across the whole suite: no inventory level anywhere below zero, and no stock lock left behind.
    const [{ lowest: after }] = await sql(
      db.url,
      "select min(stocked_quantity - reserved_quantity)::float as lowest from inventory_level where deleted_at is null"
    )
    expect(after).toBeGreaterThanOrEqual(0)
    const redis = new Redis(REDIS_URL)
    try {
      expect(await redis.keys("*cart-stock:*")).toEqual([])
    } finally {
      redis.disconnect()
    }
  }, 300_000)
})
