import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import { beforeAll, expect, it } from "vitest"
import { ORDER_TOKEN_HEADER, signOrderToken } from "../../src/lib/order-access"
import { createAdminHeaders } from "../fixtures/admin"
import { placeOrder, type PlacedOrder } from "../fixtures/checkout"
import { createShopFixture } from "../fixtures/shop"

const ZONE = "America/New_York"
const OPEN = [{ open: "08:00", close: "20:00" }]
const OPEN_DAILY = { mon: OPEN, tue: OPEN, wed: OPEN, thu: OPEN, fri: OPEN, sat: OPEN, sun: OPEN }
const slotStart = DateTime.fromISO(`${DateTime.now().setZone(ZONE).plus({ days: 3 }).toISODate()}T11:00`, { zone: ZONE }).toISO()!
const NOTE = "Peanut allergy in the house — please keep it away."
// The same secret .env.test gives the backend: what the storefront shares with it.
const SECRET = "test-order-link-secret"
const HOUR_MS = 60 * 60 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Record<string, string>
    let order: PlacedOrder
    let owner: Record<string, string>
    let otherCustomer: Record<string, string>

    const getOrder = (id: string, headers: Record<string, string> = {}) =>
      api.get(`/store/orders/${id}?fields=+metadata,*shipping_address`, { headers: { ...store, ...headers }, validateStatus: () => true })

    /** A customer account with its bearer token, as the storefront's sign-in makes one. */
    async function signedInCustomer(email: string) {
      await api.post("/auth/customer/emailpass/register", { email, password: "crumbs-and-butter-42" })
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password: "crumbs-and-butter-42" })
      const { data } = await api.post("/store/customers", { email }, { headers: { ...store, authorization: `Bearer ${login.token}` } })
      const { data: fresh } = await api.post("/auth/customer/emailpass", { email, password: "crumbs-and-butter-42" })
      return { id: data.customer.id as string, headers: { authorization: `Bearer ${fresh.token}` } }
    }

    beforeAll(async () => {
      const container = getContainer()
      const shop = await createShopFixture(container)
      store = { "x-publishable-api-key": shop.publishable_key }
      const admin = await createAdminHeaders(container)
      await api.post("/admin/bakery/schedule", { timezone: ZONE, same_day_cutoff: null, opening_hours: OPEN_DAILY }, admin)
      const { data } = await api.get("/store/products?handle=country-sourdough&fields=variants.id", { headers: store })
      order = await placeOrder(api, shop, {
        customer: { email: "ana.privacy@example.com", first_name: "Ana", last_name: "Ruiz", phone: "555-010-4242" },
        items: [{ variant_id: data.products[0].variants[0].id, quantity: 1 }],
        slot: { type: "pickup", start: slotStart },
        note: NOTE,
      })
      const ana = await signedInCustomer("ana.privacy@example.com")
      // The order belongs to Ana's account, as when she checks out signed in.
      await container.resolve(Modules.ORDER).updateOrders(order.id, { customer_id: ana.id })
      owner = ana.headers
      otherCustomer = (await signedInCustomer("someone.else@example.com")).headers
    })

    it("tells a stranger with only the order id nothing: 404, no email, address, note or slot", async () => {
      const response = await getOrder(order.id)
      expect(response.status).toBe(404)
      const body = JSON.stringify(response.data)
      for (const secret of ["ana.privacy@example.com", "Prospect Park", NOTE, "fulfillment_slot", "555-010-4242"]) {
        expect(body).not.toContain(secret)
      }
    })

    it("refuses another signed-in customer the same way", async () => {
      expect((await getOrder(order.id, otherCustomer)).status).toBe(404)
    })

    it("shows the owner, signed in, the whole order with our note and slot", async () => {
      const response = await getOrder(order.id, owner)
      expect(response.status).toBe(200)
      expect(response.data.order.email).toBe("ana.privacy@example.com")
      expect(response.data.order.metadata).toMatchObject({ order_note: NOTE, fulfillment_slot: { type: "pickup" } })
    })

    it("shows the order to a caller with a valid signed token (the email link, or the storefront)", async () => {
      const token = signOrderToken(order.id, new Date(Date.now() + HOUR_MS), SECRET)
      const response = await getOrder(order.id, { [ORDER_TOKEN_HEADER]: token })
      expect(response.status).toBe(200)
      expect(response.data.order.metadata.order_note).toBe(NOTE)
    })

    it("refuses an expired, tampered, foreign or wrongly signed token", async () => {
      const expired = signOrderToken(order.id, new Date(Date.now() - HOUR_MS), SECRET)
      const valid = signOrderToken(order.id, new Date(Date.now() + HOUR_MS), SECRET)
      const [expires, signature] = valid.split(".")
      const tampered = `${Number(expires) + 86_400}.${signature}`
      const forOther = signOrderToken("order_01SOMEONEELSE", new Date(Date.now() + HOUR_MS), SECRET)
      const wrongSecret = signOrderToken(order.id, new Date(Date.now() + HOUR_MS), "not-the-shared-secret")
      for (const token of [expired, tampered, forOther, wrongSecret, "junk"]) {
        expect((await getOrder(order.id, { [ORDER_TOKEN_HEADER]: token })).status).toBe(404)
      }
    })
  },
})
