/**
 * The seeded shop as the fault suites use it through the load balancer: its
 * ids, a schedule with room for every test order, variants in stock, and
 * checkouts placed with the same fixture as the HTTP suites.
 */
import { DateTime } from "luxon"
import { type Checkout, prepareCheckout } from "../fixtures/checkout"
import { sql } from "../multiprocess/medusa-processes"
import { type Cluster, MAYA } from "./cluster-harness"

const ZONE = "America/New_York"
const OPEN_ALL_DAY = [{ open: "08:00", close: "20:00" }]

/** A failed answer keeps its status and body, as axios' errors do for the fixture's callers. */
export class AnswerError extends Error {
  constructor(readonly status: number, readonly data: any, what: string) {
    super(`${what} answered ${status}: ${JSON.stringify(data)}`)
  }
}

/** The fixture's `api` over fetch, against one base URL. */
export function fetchApi(base: string) {
  const call = async (method: string, url: string, body?: object, config?: { headers?: Record<string, string> }) => {
    const response = await fetch(`${base}${url}`, {
      method,
      headers: { "content-type": "application/json", ...config?.headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = await response.json().catch(() => ({}))
    if (!response.ok) throw new AnswerError(response.status, data, `${method} ${url}`)
    return { data }
  }
  return {
    get: (url: string, config?: { headers?: Record<string, string> }) => call("GET", url, undefined, config),
    post: (url: string, body?: object, config?: { headers?: Record<string, string> }) => call("POST", url, body ?? {}, config),
  }
}

export type ClusterShop = Awaited<ReturnType<typeof openClusterShop>>

/**
 * Looks up the seeded shop, then Maya opens every day 08:00–20:00 with room
 * for every test order in one slot (the slot maths is another suite's), and
 * lists variants with stock to spread the orders over.
 */
export async function openClusterShop(cluster: Cluster, databaseUrl: string) {
  const one = async (text: string, values: unknown[] = []) => (await sql(databaseUrl, text, values))[0]
  const shop = {
    publishable_key: (await one(`select token from api_key where type = 'publishable' and title = 'Sweet Crumbs storefront' and revoked_at is null`)).token as string,
    region_id: (await one(`select id from region where deleted_at is null order by created_at limit 1`)).id as string,
    pickup_option_id: (await one(`select so.id from shipping_option so join shipping_option_type t on t.id = so.shipping_option_type_id where t.code = 'pickup' and so.deleted_at is null`)).id as string,
    delivery_option_id: (await one(`select so.id from shipping_option so join shipping_option_type t on t.id = so.shipping_option_type_id where t.code = 'delivery' and so.deleted_at is null`)).id as string,
  }
  const api = fetchApi(cluster.backendUrl)
  const { data: auth } = await api.post("/auth/user/emailpass", MAYA)
  await api.post(
    "/admin/bakery/schedule",
    {
      timezone: ZONE,
      pickup_capacity: 1000,
      same_day_cutoff: null,
      opening_hours: { mon: OPEN_ALL_DAY, tue: OPEN_ALL_DAY, wed: OPEN_ALL_DAY, thu: OPEN_ALL_DAY, fri: OPEN_ALL_DAY, sat: OPEN_ALL_DAY, sun: OPEN_ALL_DAY },
    },
    { headers: { authorization: `Bearer ${auth.token}` } }
  )
  // One stock item each (no kits), plenty left, and no inscription asked for.
  const variants: string[] = (
    await sql(
      databaseUrl,
      `select pv.id from product_variant pv
         join product p on p.id = pv.product_id and p.status = 'published' and p.deleted_at is null
         join product_variant_inventory_item link on link.variant_id = pv.id and link.deleted_at is null
         join inventory_level il on il.inventory_item_id = link.inventory_item_id and il.deleted_at is null
        where pv.deleted_at is null and pv.manage_inventory
        group by pv.id having count(*) = 1 and min(il.stocked_quantity - il.reserved_quantity) >= 10
        order by pv.id limit 40`
    )
  ).map((row: { id: string }) => row.id)
  // Past every product's lead time (at most 72 h), inside the booking horizon.
  const slotStart = DateTime.now().setZone(ZONE).plus({ days: 5 }).set({ hour: 10, minute: 0, second: 0, millisecond: 0 }).toISO()!
  return { ...shop, api, adminToken: auth.token as string, variants, slotStart }
}

/** Checkout number `i` of suite `label`: a customer of its own (email and phone), one loaf of a variant. */
export function checkoutFor(shop: ClusterShop, label: string, i: number): Checkout {
  return {
    customer: { email: `${label}-${i}-${Date.now()}@example.com`, first_name: "Ana", last_name: `Ruiz ${i}`, phone: `718 555 ${String(i).padStart(4, "0")}` },
    items: [{ variant_id: shop.variants[i % shop.variants.length], quantity: 1 }],
    slot: { type: "pickup", start: shop.slotStart },
  }
}

/** A cart ready to complete, through `base` (the load balancer unless a server is named). */
export const prepareCart = (shop: ClusterShop, label: string, i: number, base?: string) =>
  prepareCheckout(base ? fetchApi(base) : shop.api, shop, checkoutFor(shop, label, i))

/** Completes a cart; the answer's status and body, or `status: 0` when the connection died without one. */
export async function completeCart(shop: ClusterShop, base: string, cartId: string) {
  try {
    const response = await fetch(`${base}/store/carts/${cartId}/complete`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": shop.publishable_key },
      body: "{}",
    })
    return { cartId, status: response.status, data: await response.json().catch(() => ({})) }
  } catch (error) {
    return { cartId, status: 0, data: { error: String(error) } }
  }
}
