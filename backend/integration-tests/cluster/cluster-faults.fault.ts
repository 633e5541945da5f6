/**
 * Faults against `npm run start:cluster` (two API servers behind HAProxy, a
 * worker, the storefront) on its own Postgres and Redis processes, which the
 * suite stops and starts: the same cart completed on both servers at once, an
 * API server killed in the middle of a burst of checkouts, Postgres and Redis
 * away for ten seconds, and the whole cluster restarted. Run with
 * `npm run test:faults`; every check re-reads the database.
 */
import { rmSync } from "node:fs"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { sql } from "../multiprocess/medusa-processes"
import { type Cluster, MAYA, startCluster, startOwnPostgres, startOwnRedis, tail, waitFor } from "./cluster-harness"
import { type ClusterShop, completeCart, fetchApi, openClusterShop, prepareCart } from "./cluster-shop"

const LABEL = "faults"
const CHECKOUTS = 100
/** Customers checking out at the same moment during the burst. */
const CONCURRENCY = 10
const OUTAGE_MS = 10_000
const UNAVAILABLE = { type: "unavailable", message: "The shop is having trouble right now, please try again in a minute." } as const

let postgres: Awaited<ReturnType<typeof startOwnPostgres>>
let redis: Awaited<ReturnType<typeof startOwnRedis>>
let cluster: Cluster
let shop: ClusterShop

const rows = <T = any>(text: string, values: unknown[] = []) => sql<T>(postgres.url, text, values)
/** The cart → order links, the one place that says which cart became which order. */
const ordersOfCarts = async (cartIds: string[]) =>
  rows<{ cart_id: string; order_id: string }>(
    `select oc.cart_id, oc.order_id from order_cart oc join "order" o on o.id = oc.order_id where oc.deleted_at is null and o.deleted_at is null and oc.cart_id = any($1)`,
    [cartIds]
  )
const explain = () => tail(cluster.output(), 120)

beforeAll(async () => {
  postgres = await startOwnPostgres(LABEL)
  redis = await startOwnRedis()
  cluster = await startCluster({ label: LABEL, databaseUrl: postgres.url, redisUrl: redis.url })
  shop = await openClusterShop(cluster, postgres.url)
}, 25 * 60_000)

afterAll(async () => {
  await cluster?.stop()
  if (cluster) rmSync(cluster.dataDir, { recursive: true, force: true })
  await redis?.stop()
  await postgres?.remove()
}, 120_000)

describe("the same cart completed 20 times at once across both API servers", () => {
  it("becomes exactly one order; every other answer is that order or a clean 409", async () => {
    const servers = [cluster.url("backend-1"), cluster.url("backend-2")]
    const cartId = await prepareCart(shop, "twice", 0)
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => completeCart(shop, servers[i % 2], cartId)))

    const orders = await ordersOfCarts([cartId])
    expect(orders, explain()).toHaveLength(1)
    const [{ order_id }] = orders
    const unexpected = answers.filter(
      (a) => !(a.status === 200 && a.data.type === "order" && a.data.order.id === order_id) && !(a.status === 409 && typeof a.data.message === "string")
    )
    expect(unexpected.map((a) => `${a.status} ${JSON.stringify(a.data)}`)).toEqual([])
    expect(answers.some((a) => a.status === 200)).toBe(true)
    const bookings = await rows(`select order_id from slot_booking where cart_id = $1 and deleted_at is null`, [cartId])
    expect(bookings).toEqual([{ order_id }])
  }, 300_000)
})

describe("an API server killed in the middle of a burst of checkouts", () => {
  type Outcome = { i: number; cartId?: string; prepareError?: string; completion?: { status: number; data: any } }
  const outcomes: Outcome[] = []

  beforeAll(async () => {
    const victim = cluster.state()["backend-1"].pid
    let next = 0
    let completionsStarted = 0
    let killed = false
    const customer = async () => {
      while (next < CHECKOUTS) {
        const outcome: Outcome = { i: next++ }
        outcomes.push(outcome)
        try {
          outcome.cartId = await prepareCart(shop, "burst", outcome.i)
        } catch (error) {
          // A step answered by the server as it died: this customer never reached "Place order".
          outcome.prepareError = String(error)
          continue
        }
        if (++completionsStarted === 30 && !killed) {
          killed = true
          process.kill(victim, "SIGKILL")
        }
        outcome.completion = await completeCart(shop, cluster.backendUrl, outcome.cartId)
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, customer))
    expect(killed).toBe(true)
  }, 900_000)

  it("every completion that answered 200 has exactly one order", async () => {
    const placed = outcomes.filter((o) => o.completion?.status === 200 && o.completion.data.type === "order")
    expect(placed.length, explain()).toBeGreaterThan(CHECKOUTS / 2)
    const orders = await ordersOfCarts(placed.map((o) => o.cartId!))
    expect(orders.map((o) => o.cart_id).sort()).toEqual(placed.map((o) => o.cartId!).sort())
    expect(orders.map((o) => o.order_id).sort()).toEqual(placed.map((o) => o.completion!.data.order.id).sort())
  })

  it("every cart whose completion got no answer can be completed again, into exactly one order", async () => {
    const unanswered = outcomes.filter((o) => o.completion && !(o.completion.status === 200 && o.completion.data.type === "order"))
    for (const o of unanswered) {
      // A lost connection, the load balancer's 5xx for the dead server, Medusa's 409 for a
      // completion the dead server still held, or its 200 "cart" answer naming the error.
      const { status, data } = o.completion!
      expect([0, 409].includes(status) || status >= 500 || (status === 200 && data.type === "cart"), JSON.stringify(o.completion)).toBe(true)
      // As a customer would: try again while the answer is "busy" (the dead run's cart lock) or a 5xx.
      let again = await completeCart(shop, cluster.backendUrl, o.cartId!)
      for (let tries = 0; tries < 30 && (again.status === 409 || again.status >= 500 || again.status === 0); tries++) {
        await new Promise((r) => setTimeout(r, 2000))
        again = await completeCart(shop, cluster.backendUrl, o.cartId!)
      }
      expect(again.status, JSON.stringify(again.data)).toBe(200)
      expect(again.data.type).toBe("order")
    }
    const completedCarts = outcomes.filter((o) => o.completion).map((o) => o.cartId!)
    const orders = await ordersOfCarts(completedCarts)
    expect(orders.map((o) => o.cart_id).sort()).toEqual([...completedCarts].sort())
  }, 300_000)

  it("stock reservations and slot bookings match the live orders exactly", async () => {
    // A completion killed after writing its order can leave the order unreserved (its retry, or
    // the worker's repair-interrupted-orders job within a minute or two, reserves it) or not
    // tied to its cart (the job cancels it: the customer was told it failed and ordered again).
    const liveOrders = async () =>
      (await rows<{ id: string }>(`select id from "order" where deleted_at is null and status <> 'canceled'`)).map((o) => o.id).sort()
    const reservedVersusOrdered = async () => {
      const lines = await rows<{ id: string; quantity: string }>(
        `select li.id, oi.quantity from order_item oi join order_line_item li on li.id = oi.item_id
          where oi.order_id = any($1) and oi.deleted_at is null and li.deleted_at is null`,
        [await liveOrders()]
      )
      const reservations = await rows<{ line_item_id: string; quantity: string }>(`select line_item_id, quantity from reservation_item where deleted_at is null`)
      return {
        reserved: reservations.map((r) => `${r.line_item_id}×${Number(r.quantity)}`).sort(),
        ordered: lines.map((l) => `${l.id}×${Number(l.quantity)}`).sort(),
      }
    }
    const matches = async () => {
      const { reserved, ordered } = await reservedVersusOrdered()
      return JSON.stringify(reserved) === JSON.stringify(ordered)
    }
    await waitFor(matches, 180_000, "stock reservations matching the orders").catch(() => {})
    const { reserved, ordered } = await reservedVersusOrdered()
    expect(reserved, explain()).toEqual(ordered)
    // Every live order is a cart's, one per cart.
    const unlinked = await rows(`select o.id from "order" o where o.deleted_at is null and o.status <> 'canceled' and not exists (select 1 from order_cart oc where oc.order_id = o.id and oc.deleted_at is null)`)
    expect(unlinked).toEqual([])
    // A completion killed after its order existed leaves the booking untied; the worker's
    // release-abandoned-slot-bookings job (every minute) ties it to its order.
    const bookedOrders = async () =>
      (await rows<{ order_id: string | null }>(`select order_id from slot_booking where deleted_at is null`)).map((b) => b.order_id ?? "(none)").sort()
    await waitFor(async () => JSON.stringify(await bookedOrders()) === JSON.stringify(await liveOrders()), 180_000, "slot bookings matching the orders").catch(() => {})
    expect(await bookedOrders()).toEqual(await liveOrders())
  }, 420_000)

  it("the order emails were sent by the worker, never by an API server", async () => {
    const customerEmail = (await rows<{ email: string }>(`select email from "order" where deleted_at is null order by created_at desc limit 1`))[0].email
    await waitFor(async () => cluster.linesOf("worker").some((l) => l.includes(customerEmail) && /written to/.test(l)), 120_000, `the confirmation to ${customerEmail}`)
    expect([...cluster.linesOf("backend-1"), ...cluster.linesOf("backend-2")].filter((l) => /Email ".*" (to|sent to) /.test(l))).toEqual([])
  }, 180_000)
})

/** One request, its status and body; `status: 0` when it did not end within `ms`. */
async function timed(url: string, ms: number, headers: Record<string, string> = {}) {
  try {
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(ms) })
    return { status: response.status, body: await response.text() }
  } catch (error) {
    return { status: 0, body: String(error) }
  }
}

let outages = 0

/** Requests during an outage: each must end within two seconds with the shop's 503. */
async function duringOutage(stop: () => Promise<void>, start: () => Promise<void>) {
  const products = () => timed(`${cluster.backendUrl}/store/products?limit=1`, 2000, { "x-publishable-api-key": shop.publishable_key })
  // The basket page asks the backend for the cart on every visit. Catalog pages, search included,
  // may answer from the catalog the storefront already holds, so they cannot show the outage.
  const basket = await prepareCart(shop, "outage", outages++)
  const page = () => timed(`${cluster.storefrontUrl}/cart`, 4000, { cookie: `sc_cart=${basket}` })
  expect((await products()).status).toBe(200)
  expect((await page()).status).toBe(200)
  const pids = cluster.state()

  /** `at`: milliseconds after the dependency stopped. */
  const answers: { status: number; body: string; at: number }[] = []
  const pages: { status: number; body: string; at: number }[] = []
  await stop()
  // One more request alongside the first of the loop, both reaching the API servers the moment it stopped.
  const first = products().then((answer) => answers.push({ ...answer, at: 0 }))
  try {
    const stoppedAt = Date.now()
    while (Date.now() - stoppedAt < OUTAGE_MS) {
      const at = Date.now() - stoppedAt
      answers.push({ ...(await products()), at })
      pages.push({ ...(await page()), at })
    }
  } finally {
    await start()
  }
  await first
  // Serving again within ten seconds of the dependency's return, with no process restarted.
  await waitFor(async () => (await products()).status === 200, 10_000, "the store API after the outage")
  await waitFor(async () => (await page()).status === 200, 10_000, "the storefront after the outage")
  expect(cluster.state()).toEqual(pids)
  // A request that needed neither (a cached answer) may still succeed; none may hang or fail otherwise.
  const refused = answers.filter((a) => a.status === 503 && a.body.includes(UNAVAILABLE.message))
  return {
    refused: refused.length,
    wrongAnswers: answers.filter((a) => a.status !== 200 && !refused.includes(a)).map((a) => ({ ...a, body: a.body.slice(0, 300) })),
    troublePages: pages.filter((p) => p.status === 503 && p.body.includes("having trouble")).length,
    wrongPages: pages.filter((p) => p.status !== 200 && !(p.status === 503 && p.body.includes("having trouble"))).map((p) => ({ ...p, body: p.body.slice(0, 300) })),
  }
}

describe("Postgres and Redis away for ten seconds", () => {
  it.each([
    ["Postgres", () => postgres],
    ["Redis", () => redis],
  ] as const)("while %s is stopped, requests get the 503 sentence within 2 s and the storefront its trouble page; afterwards it serves again", async (_, dependency) => {
    const { refused, wrongAnswers, troublePages, wrongPages } = await duringOutage(dependency().stop, dependency().start)
    expect(wrongAnswers, explain()).toEqual([])
    expect(wrongPages).toEqual([])
    expect(refused).toBeGreaterThan(2)
    expect(troublePages).toBeGreaterThan(2)
  }, 120_000)
})

describe("the whole cluster restarted", () => {
  it("keeps every order, customer and booking", async () => {
    const count = async (table: string) => Number((await rows(`select count(*) from ${table} where deleted_at is null`))[0].count)
    const before = { orders: await count(`"order"`), customers: await count("customer"), bookings: await count("slot_booking") }
    expect(before.orders).toBeGreaterThan(CHECKOUTS / 2)

    await cluster.stop()
    cluster = await startCluster({ label: LABEL, databaseUrl: postgres.url, redisUrl: redis.url, dataDir: cluster.dataDir })
    expect({ orders: await count(`"order"`), customers: await count("customer"), bookings: await count("slot_booking") }).toEqual(before)
    // And Maya sees them through the new processes.
    const admin = fetchApi(cluster.backendUrl)
    const { data: auth } = await admin.post("/auth/user/emailpass", MAYA)
    const { data: orders } = await admin.get("/admin/orders?limit=1&fields=id", { headers: { authorization: `Bearer ${auth.token}` } })
    expect(orders.count).toBe(before.orders)
    const { data: customers } = await admin.get("/admin/customers?limit=1&fields=id", { headers: { authorization: `Bearer ${auth.token}` } })
    expect(customers.count).toBe(before.customers)
  }, 25 * 60_000)
})
