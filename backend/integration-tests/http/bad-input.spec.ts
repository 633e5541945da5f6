/**
 * Property tests: whatever a client sends to our routes, and to the Medusa
 * routes our middlewares touch, the answer is never a 5xx, never shows a
 * stack trace or SQL, and a refused request writes nothing.
 */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import fc from "fast-check"
import { createAdminHeaders } from "../fixtures/admin"
import { createShopFixture } from "../fixtures/shop"

/** Runs per property: enough variety to find crashes, bounded so the suite stays quick. */
const RUNS = Number(process.env.BAD_INPUT_RUNS ?? 30)
const SEED = process.env.BAD_INPUT_SEED === "random" ? undefined : Number(process.env.BAD_INPUT_SEED ?? 20261201)

/** What must never reach a client: internals that help an attacker and confuse a customer. */
const LEAK = /\bat [\w.<>]+ \(|node_modules|\.ts:\d+|TypeError|ReferenceError|select .* from|insert into|update .* set|violates|relation "|syntax error at|ECONNREFUSED|MikroORM|knex/i

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "x".repeat(20_000),
    "'; drop table cart; --",
    "\u0000\u0007",
    "👩‍👩‍👧‍👦🎂",
    "<script>alert(1)</script>",
    "2026-02-30",
    "9999-99-99T99:99",
    "../../etc/passwd",
    "%00",
    "cart_01JUNKNOWNID000000000000"
  )
)
const number = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom(0, -1, -0.5, 0.5, 1e9, -1e9, Number.MAX_SAFE_INTEGER, 1e308)
)
const anything = fc.oneof(text, number, fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 3 }), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }))

/** Objects with the route's own keys holding wrong (or right-looking) values, and plain junk. */
const bodyFor = (keys: string[], valid: Record<string, fc.Arbitrary<unknown>> = {}) => {
  const field = (key: string) => (valid[key] ? fc.oneof(valid[key], anything) : anything)
  const shaped = fc.record(Object.fromEntries(keys.map((key) => [key, field(key)])), { requiredKeys: [] })
  return fc.oneof(shaped, shaped.map((body) => [body]), anything)
}

/** A query string of the route's keys (repeated keys, empty values, junk). */
const queryFor = (keys: string[]) =>
  fc
    .array(fc.tuple(fc.constantFrom(...keys, "fields", "unknown_param"), fc.oneof(text, number.map(String))), { maxLength: 4 })
    .map((pairs) => new URLSearchParams(pairs.map(([k, v]) => [k, String(v)])).toString())

/** Ids a client might make up: unknown, malformed, or path tricks. */
const madeUpId = fc.oneof(
  fc.constantFrom("cart_01JUNKNOWN00000000000000", "0", "-1", "null", "undefined", "..", "%2e%2e", "a".repeat(300)),
  fc.string({ minLength: 1, maxLength: 30 })
).map((id) => encodeURIComponent(id))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    let regionId: string
    let cartId: string
    let variantId: string
    let lineId: string

    /** Sends one request and returns status and body text, whatever the status. */
    const send = async (method: "get" | "post" | "delete", url: string, body: unknown, headers: Record<string, string>) => {
      const response = await api.request({
        method,
        url,
        data: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
        headers: { ...headers, "content-type": "application/json" },
        transformRequest: [(data: unknown) => data],
        transformResponse: [(data: unknown) => data],
        validateStatus: () => true,
      })
      return { status: response.status as number, text: String(response.data ?? "") }
    }

    /** What a refused request must leave as it was. */
    const snapshot = async () => {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const [carts, lines, bookings, blackouts, settings, cart, plan] = await Promise.all([
        pg.raw("select count(*)::int as n from cart"),
        pg.raw("select id, quantity, metadata from cart_line_item where cart_id = ? and deleted_at is null order by id", [cartId]),
        pg.raw("select count(*)::int as n from slot_booking"),
        pg.raw("select count(*)::int as n from blackout_date where deleted_at is null"),
        pg.raw("select * from schedule_settings order by id"),
        pg.raw("select email, metadata, region_id from cart where id = ?", [cartId]),
        pg.raw(`select
          (select count(*)::int from bake_plan_group where deleted_at is null) as groups,
          (select count(*)::int from bake_plan_item where deleted_at is null) as items,
          (select count(*)::int from bake_plan_override where deleted_at is null) as overrides,
          (select count(*)::int from waitlist_entry where deleted_at is null) as waitlist`),
      ])
      return JSON.stringify([
        carts.rows,
        lines.rows,
        bookings.rows,
        blackouts.rows,
        settings.rows.map((r: any) => ({ ...r, updated_at: undefined })),
        cart.rows,
        plan.rows,
      ])
    }

    /** The property every route must hold, checked for each generated request. */
    const neverBreaks = async (method: "get" | "post" | "delete", url: string, body: unknown, headers: Record<string, string>) => {
      const before = method === "get" ? null : await snapshot()
      const { status, text: answer } = await send(method, url, body, headers)
      expect(status, `${method.toUpperCase()} ${url} ${JSON.stringify(body)?.slice(0, 300)} → ${status} ${answer.slice(0, 300)}`).toBeLessThan(500)
      expect(answer, `${method.toUpperCase()} ${url} leaked internals`).not.toMatch(LEAK)
      if (before !== null && status >= 400) {
        expect(await snapshot(), `${method.toUpperCase()} ${url} → ${status} wrote something`).toBe(before)
      }
    }

    // A fixed seed keeps CI repeatable; BAD_INPUT_SEED=random explores new inputs locally.
    const check = (property: fc.IAsyncProperty<any>) => fc.assert(property, { numRuns: RUNS, endOnFailure: true, ...(SEED === undefined ? {} : { seed: SEED }) })

    beforeAll(async () => {
      const shop = await createShopFixture(getContainer())
      store = { headers: { "x-publishable-api-key": shop.publishable_key } }
      admin = await createAdminHeaders(getContainer())
      regionId = shop.region_id
      const { data } = await api.get("/store/products?fields=handle,variants.id", store)
      variantId = data.products.find((p: any) => p.handle === "chocolate-celebration-cake").variants[0].id
      cartId = (await api.post("/store/carts", { region_id: regionId }, store)).data.cart.id
      const added = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1, metadata: { inscription: "Hi" } }, store)
      lineId = added.data.cart.items[0].id
    })

    it("answers malformed JSON with a 400 on every write route, writing nothing", async () => {
      for (const url of [
        "/store/carts",
        `/store/carts/${cartId}/line-items`,
        `/store/carts/${cartId}/line-items/${lineId}`,
        `/store/carts/${cartId}/fulfillment-slot`,
        `/store/carts/${cartId}/order-note`,
      ]) {
        for (const raw of ['{"items":', "{'single': 'quotes'}", "[1,2,", "\u0000", '{"a":1}}']) {
          const before = await snapshot()
          const { status, text: answer } = await send("post", url, raw, store.headers)
          expect(status, `${url} ${raw}`).toBe(400)
          expect(answer).not.toMatch(LEAK)
          expect(await snapshot()).toBe(before)
        }
      }
    })

    it("POST /store/carts: wrong types (e.g. items: 5), unknown regions, junk items", async () => {
      await check(
        fc.asyncProperty(
          bodyFor(["region_id", "items", "email", "metadata", "currency_code", "promo_codes"], {
            region_id: fc.constant(regionId),
            items: fc.array(bodyFor(["variant_id", "quantity", "metadata"], { variant_id: fc.constant(variantId) }), { maxLength: 3 }),
          }),
          async (body) => {
            const before = await snapshot()
            const { status, text: answer } = await send("post", "/store/carts", body, store.headers)
            expect(status, `${JSON.stringify(body).slice(0, 300)} → ${status} ${answer.slice(0, 300)}`).toBeLessThan(500)
            expect(answer).not.toMatch(LEAK)
            if (status >= 400) expect(await snapshot()).toBe(before)
          }
        )
      )
      expect((await send("post", "/store/carts", { items: 5 }, store.headers)).status).toBe(400)
    })

    it("POST /store/carts/:id/line-items: negative, zero, huge and fractional quantities, unknown variants, junk inscriptions", async () => {
      const quantity = fc.oneof(number, fc.constantFrom(-1, 0, 1e9, 2.5, "3", null))
      await check(
        fc.asyncProperty(
          bodyFor(["variant_id", "quantity", "metadata"], {
            variant_id: fc.oneof(fc.constant(variantId), madeUpId),
            quantity,
            metadata: fc.record({ inscription: anything }, { requiredKeys: [] }),
          }),
          (body) => neverBreaks("post", `/store/carts/${cartId}/line-items`, body, store.headers)
        )
      )
    })

    it("POST /store/carts/:id: junk promotion codes, emails and addresses", async () => {
      expect((await send("post", `/store/carts/${cartId}`, { promo_codes: ["1E9"] }, store.headers)).status).toBeLessThan(500)
      await check(
        fc.asyncProperty(
          bodyFor(["promo_codes", "email", "shipping_address", "billing_address", "metadata", "region_id"], {
            promo_codes: fc.array(text, { maxLength: 3 }),
            shipping_address: bodyFor(["first_name", "address_1", "city", "postal_code", "country_code", "phone"]),
          }),
          (body) => neverBreaks("post", `/store/carts/${cartId}`, body, store.headers)
        )
      )
    })

    it("POST /store/carts/:id/line-items/:line_id: junk updates of an existing line", async () => {
      await check(
        fc.asyncProperty(
          bodyFor(["quantity", "metadata"], { quantity: number, metadata: fc.record({ inscription: anything }, { requiredKeys: [] }) }),
          (body) => neverBreaks("post", `/store/carts/${cartId}/line-items/${lineId}`, body, store.headers)
        )
      )
    })

    it("our cart routes: fulfillment slots, slot choice, order note — on real and made-up carts", async () => {
      await check(
        fc.asyncProperty(fc.oneof(fc.constant(cartId), madeUpId), queryFor(["type", "from", "to"]), (id, query) =>
          neverBreaks("get", `/store/carts/${id}/fulfillment-slots?${query}`, undefined, store.headers)
        )
      )
      await check(
        fc.asyncProperty(
          fc.oneof(fc.constant(cartId), madeUpId),
          bodyFor(["type", "start"], { type: fc.constantFrom("pickup", "delivery") }),
          (id, body) => neverBreaks("post", `/store/carts/${id}/fulfillment-slot`, body, store.headers)
        )
      )
      await check(
        fc.asyncProperty(fc.oneof(fc.constant(cartId), madeUpId), bodyFor(["note"]), (id, body) =>
          neverBreaks("post", `/store/carts/${id}/order-note`, body, store.headers)
        )
      )
    })

    it("GET /store/products and /store/products/:id with junk filters and fields; GET /store/orders/:id with made-up ids", async () => {
      await check(
        fc.asyncProperty(queryFor(["dietary_tag", "free_from", "limit", "offset", "q", "category_id", "region_id", "id", "order"]), (query) =>
          neverBreaks("get", `/store/products?${query}`, undefined, store.headers)
        )
      )
      await check(
        fc.asyncProperty(madeUpId, queryFor(["fields", "region_id"]), (id, query) =>
          neverBreaks("get", `/store/products/${id}?${query}`, undefined, store.headers)
        )
      )
      await check(fc.asyncProperty(madeUpId, (id) => neverBreaks("get", `/store/orders/${id}`, undefined, store.headers)))
      // Percent-escapes that do not decode (Express throws while matching the route).
      for (const path of ["/store/carts/%00", "/store/carts/%00%ff", "/store/carts/%E0%A4%A", `/store/carts/${cartId}/line-items/%ZZ`]) {
        const { status, text: answer } = await send("get", path, undefined, store.headers)
        expect(status, `${path} → ${answer}`).toBe(400)
        expect(answer).not.toMatch(LEAK)
      }
      await neverBreaks("get", "/store/bakery/settings", undefined, store.headers)
    })

    it("the bake plan's store routes, the waitlist and the reminders' unsubscribe link", async () => {
      await check(
        fc.asyncProperty(queryFor(["product_id", "type"]), (query) => neverBreaks("get", `/store/bakery/bake-days?${query}`, undefined, store.headers))
      )
      await check(
        fc.asyncProperty(fc.oneof(fc.constant(cartId), madeUpId), queryFor(["type"]), (id, query) =>
          neverBreaks("get", `/store/carts/${id}/bake-days?${query}`, undefined, store.headers)
        )
      )
      // Refusals only: a made-up variant is never on the waitlist, so nothing may be written.
      await check(fc.asyncProperty(bodyFor(["email", "variant_id", "date"]), (body) => neverBreaks("post", "/store/bakery/waitlist", body, store.headers)))
      await check(
        fc.asyncProperty(queryFor(["email", "token"]), async (query) => {
          await neverBreaks("get", `/bakery/reminders/unsubscribe?${query}`, undefined, {})
          await neverBreaks("post", `/bakery/reminders/unsubscribe?${query}`, {}, {})
        })
      )
    })

    it("Maya's bake plan routes", async () => {
      const plan = {
        quantities: fc.record(
          Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, fc.oneof(fc.integer({ min: -5, max: 200_000 }), fc.string(), fc.constant(null))])),
          { requiredKeys: [] }
        ),
      }
      await check(
        fc.asyncProperty(bodyFor(["name", "unit", "weekday_quantities", "items"], { weekday_quantities: plan.quantities }), (body) =>
          neverBreaks("post", "/admin/bakery/bake-plan/groups", body, admin.headers)
        )
      )
      await check(
        fc.asyncProperty(madeUpId, bodyFor(["name", "unit", "weekday_quantities", "items"]), async (id, body) => {
          await neverBreaks("get", `/admin/bakery/bake-plan/groups/${id}`, undefined, admin.headers)
          await neverBreaks("post", `/admin/bakery/bake-plan/groups/${id}`, body, admin.headers)
          await neverBreaks("delete", `/admin/bakery/bake-plan/groups/${id}`, undefined, admin.headers)
        })
      )
      await check(
        fc.asyncProperty(madeUpId, madeUpId, bodyFor(["date", "quantity", "reason"]), async (id, overrideId, body) => {
          await neverBreaks("post", `/admin/bakery/bake-plan/groups/${id}/overrides`, body, admin.headers)
          await neverBreaks("delete", `/admin/bakery/bake-plan/groups/${id}/overrides/${overrideId}`, undefined, admin.headers)
        })
      )
      await check(fc.asyncProperty(queryFor(["limit", "offset"]), (query) => neverBreaks("get", `/admin/bakery/bake-plan/groups?${query}`, undefined, admin.headers)))
    })

    it("Maya's routes: schedule settings, closed days and the production sheet", async () => {
      await check(
        fc.asyncProperty(
          bodyFor(["timezone", "slot_minutes", "pickup_capacity", "delivery_capacity", "same_day_cutoff", "booking_horizon_days", "opening_hours", "delivery_zip_codes", "delivery_minimum_order"], {
            opening_hours: fc.record({ mon: fc.array(bodyFor(["open", "close"]), { maxLength: 3 }) }, { requiredKeys: [] }),
          }),
          async (body) => {
            const before = await snapshot()
            const { status, text: answer } = await send("post", "/admin/bakery/schedule", body, admin.headers)
            expect(status, `${JSON.stringify(body).slice(0, 300)} → ${status} ${answer.slice(0, 300)}`).toBeLessThan(500)
            expect(answer).not.toMatch(LEAK)
            if (status >= 400) expect(await snapshot()).toBe(before)
          }
        )
      )
      await check(
        fc.asyncProperty(bodyFor(["date", "reason"]), (body) => neverBreaks("post", "/admin/bakery/schedule/blackout-dates", body, admin.headers))
      )
      await check(fc.asyncProperty(madeUpId, (id) => neverBreaks("delete", `/admin/bakery/schedule/blackout-dates/${id}`, undefined, admin.headers)))
      await check(
        fc.asyncProperty(queryFor(["date"]), async (query) => {
          await neverBreaks("get", `/admin/bakery/production?${query}`, undefined, admin.headers)
          await neverBreaks("get", `/admin/bakery/production/export?${query}`, undefined, admin.headers)
        })
      )
    })
  },
})
