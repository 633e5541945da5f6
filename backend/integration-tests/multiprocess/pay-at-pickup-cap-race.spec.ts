/**
 * The pay-at-pickup cap under concurrency: one customer's carts (one email,
 * or one phone spelled several ways under different emails) all press
 * "Place order" at the same moment, through TWO backend processes sharing one
 * Postgres and one Redis. The count is read before any of the orders exists,
 * so only the Redis-backed lock per email and per phone keeps the cap: exactly
 * the cap's orders, every other cart the cap's sentence, nothing half-written.
 *
 * Starts its own backends against a fresh migrated database, like
 * slot-capacity.spec.ts. Needs Redis: CAP_TEST_REDIS_URL, default
 * redis://127.0.0.1:6379/15 (a database index of its own).
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

const REDIS_URL = process.env.CAP_TEST_REDIS_URL ?? "redis://127.0.0.1:6379/15"
const CAP = 2
const ZONE = "America/New_York"
const START = DateTime.fromISO(`${DateTime.now().setZone(ZONE).plus({ days: 2 }).toISODate()}T10:00`, { zone: ZONE }).toISO({
  suppressMilliseconds: true,
})!
const CAP_LOCKS = "*pay-at-pickup-cap:*"

// One email typed several ways, each cart with a phone of its own.
const SAME_EMAIL = ["pat@example.com", "PAT@example.com", "Pat@Example.com", "pat@EXAMPLE.com"].flatMap((email, i) => [
  { email, phone: `+1 917 555 ${String(1000 + 2 * i)}` },
  { email, phone: `+1 917 555 ${String(1001 + 2 * i)}` },
])
// One phone spelled several ways, each cart with an email of its own.
const SAME_PHONE = ["+1 718 555 0199", "(718) 555-0199", "718.555.0199", "17185550199"].flatMap((phone, i) => [
  { email: `lee-${2 * i}@example.com`, phone },
  { email: `lee-${2 * i + 1}@example.com`, phone },
])

type Prepared = { publishable_key: string; cart_ids: string[] }

const db = suiteDatabase("pay_at_pickup_cap")
const backendEnv = (extra: Record<string, string> = {}) =>
  medusaEnv(db, "pay-at-pickup-cap", {
    PAY_AT_PICKUP_DAILY_CAP: String(CAP),
    // Every customer comes from this one machine and one email places many; the order limits are not under test here.
    RATE_LIMIT_ORDERS_PER_IP: "1000000",
    RATE_LIMIT_ORDERS_PER_EMAIL: "1000000",
    ...extra,
  })

const hasRedis = requireRedis(REDIS_URL, "two-process pay-at-pickup cap", "CAP_TEST_REDIS_URL")

const serverTrouble = () => backendTrouble(/error|lock|conflict|pay-at-pickup|warn/i)

describe.skipIf(!hasRedis)("pay-at-pickup cap across two backend processes", () => {
  let servers: Backend[] = []
  let prepared: Prepared
  let redis: Redis

  const complete = (base: string, cartId: string) => completeCart(base, prepared.publishable_key, cartId)

  /** Every cart of the group completes at once, alternating between the two backends. */
  async function race(cartIds: string[]): Promise<{ placed: CartAnswer[]; refused: CartAnswer[] }> {
    const results = await Promise.all(cartIds.map((id, i) => complete(servers[i % 2].url, id)))
    const placed = results.filter((r) => r.status === 200 && r.data.type === "order")
    const refused = results.filter((r) => r.status === 400)
    const unexpected = results.filter((r) => !placed.includes(r) && !refused.includes(r))
    expect(unexpected.map((r) => `${r.status} ${JSON.stringify(r.data)}`), serverTrouble()).toEqual([])
    return { placed, refused }
  }

  /**
   * Exactly the cap's carts became orders, every other one was told the cap
   * for `who`; the winners' carts, and only theirs, are orders, completed
   * carts and slot bookings; no cap lock is left.
   */
  async function expectCapHeld(cartIds: string[], who: "email address" | "phone number") {
    const { placed, refused } = await race(cartIds)
    expect(placed, serverTrouble()).toHaveLength(CAP)
    expect(refused).toHaveLength(cartIds.length - CAP)
    for (const { data } of refused) {
      expect(data.message).toBe(
        `You already have ${CAP} pay-at-pickup orders waiting today with this ${who}, the most we hold per customer. Please call the bakery to order more today.`
      )
    }
    const winners = placed.map((r) => r.id).sort()
    const orders = await sql(db.url, `select cart_id from order_cart where cart_id = any($1) and deleted_at is null`, [cartIds])
    expect(orders.map((o) => o.cart_id).sort()).toEqual(winners)
    const completed = await sql(db.url, "select id from cart where id = any($1) and completed_at is not null", [cartIds])
    expect(completed.map((c) => c.id).sort()).toEqual(winners)
    const bookings = await sql(db.url, "select cart_id from slot_booking where cart_id = any($1) and deleted_at is null", [cartIds])
    expect(bookings.map((b) => b.cart_id).sort()).toEqual(winners)
    // Let go on success (orderCreated) and on refusal alike, not left for the TTL.
    expect(await redis.keys(CAP_LOCKS)).toEqual([])
    return placed
  }

  beforeAll(async () => {
    redis = new Redis(REDIS_URL)
    // Keys a crashed earlier run left would make this run wait for their TTL.
    const stale = await redis.keys(CAP_LOCKS)
    if (stale.length) {
      await redis.del(...stale)
    }
    await createMigratedDatabase(db, backendEnv())
    const output = path.join(os.tmpdir(), `${db.name}.json`)
    await finished(
      "prepare-shop",
      runMedusa(
        "prepare-shop",
        ["exec", "./integration-tests/multiprocess/prepare-shop.ts"],
        backendEnv({
          NODE_ENV: "development",
          SLOT_TEST_OUTPUT: output,
          SLOT_TEST_CAPACITY: "200",
          SLOT_TEST_CUSTOMERS: JSON.stringify([...SAME_EMAIL, ...SAME_PHONE]),
          SLOT_TEST_START: START,
        })
      )
    )
    prepared = JSON.parse(readFileSync(output, "utf8"))
    rmSync(output)

    servers = await startTwoBackends(backendEnv, REDIS_URL)
  }, 900_000)

  afterAll(async () => {
    await Promise.all(servers.map(({ child }) => stopProcess(child)))
    redis?.disconnect()
    await dropDatabase(db)
  }, 60_000)

  it(`8 carts with one email at the same moment: ${CAP} orders, 6 told the cap in words`, async () => {
    const carts = prepared.cart_ids.slice(0, SAME_EMAIL.length)
    const placed = await expectCapHeld(carts, "email address")
    const orders = await sql(db.url, `select id from "order" where lower(email) = 'pat@example.com' and deleted_at is null`)
    expect(orders.map((o) => o.id).sort()).toEqual(placed.map((r) => r.data.order.id).sort())

    // A placed cart completed again (the browser and a retry) gets its order back, cap or not.
    const again = await complete(servers[1].url, placed[0].id)
    expect(again.status).toBe(200)
    expect(again.data).toMatchObject({ type: "order", order: { id: placed[0].data.order.id } })
  }, 300_000)

  it(`8 carts with one phone spelled four ways, each its own email: ${CAP} orders, 6 told the cap in words`, async () => {
    await expectCapHeld(prepared.cart_ids.slice(SAME_EMAIL.length), "phone number")
  }, 300_000)
})
