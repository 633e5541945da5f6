/**
 * A backend process that dies in the middle of completeCartWorkflow, simulated
 * by deleting what Medusa's later steps write: the order exists but its stock
 * reservations (or its cart link) do not. The customer's retry and the
 * repair-interrupted-orders job must finish the order so its units are never
 * sold twice, and an order never tied to its cart must not stay as a duplicate.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import { beforeAll, describe, expect, it } from "vitest"
import { REPAIR_WINDOW_MINUTES } from "../../src/jobs/repair-interrupted-orders"
import { repairInterruptedOrdersWorkflow } from "../../src/workflows/repair-interrupted-orders"
import { createAdminHeaders } from "../fixtures/admin"
import { prepareCheckout, storeHeaders } from "../fixtures/checkout"
import { createShopFixture } from "../fixtures/shop"

const ZONE = "America/New_York"
const EVERY_DAY = [{ open: "08:00", close: "20:00" }]
/**
 * The job runs every minute in the test app too, over orders 2–60 minutes old. Orders are aged
 * past its window and repaired here with a window of their own, so its run never races ours.
 */
const AGED_MINUTES = REPAIR_WINDOW_MINUTES + 5
const TEST_WINDOW = { older_than_minutes: REPAIR_WINDOW_MINUTES + 1, newer_than_minutes: REPAIR_WINDOW_MINUTES + 10 }
const TOO_OLD_MINUTES = REPAIR_WINDOW_MINUTES + 20
const slotStart = DateTime.fromISO(`${DateTime.now().setZone(ZONE).plus({ days: 3 }).toISODate()}T10:00`, { zone: ZONE }).toISO()!

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof createShopFixture>>
    let admin: { headers: Record<string, string> }
    let cookie: { variant_id: string; inventory_item_id: string }
    let customers = 0

    const container = () => getContainer()
    const inventory = () => container().resolve(Modules.INVENTORY)
    const pg = () => container().resolve(ContainerRegistrationKeys.PG_CONNECTION)

    beforeAll(async () => {
      shop = await createShopFixture(container())
      admin = await createAdminHeaders(container())
      await api.post(
        "/admin/bakery/schedule",
        {
          timezone: ZONE,
          pickup_capacity: 50,
          same_day_cutoff: null,
          opening_hours: Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, EVERY_DAY])),
        },
        admin
      )
      const { data } = await api.get("/store/products?handle=peanut-butter-cookie&fields=variants.id,variants.inventory_items.inventory_item_id", storeHeaders(shop))
      const variant = data.products[0].variants[0]
      cookie = { variant_id: variant.id, inventory_item_id: variant.inventory_items[0].inventory_item_id }
    })

    const setStock = (stocked_quantity: number) =>
      api.post(`/admin/inventory-items/${cookie.inventory_item_id}/location-levels/${shop.stock_location_id}`, { stocked_quantity }, admin)

    const level = async () => {
      const [row] = await inventory().listInventoryLevels({ inventory_item_id: cookie.inventory_item_id, location_id: shop.stock_location_id })
      return { stocked: Number(row.stocked_quantity), reserved: Number(row.reserved_quantity) }
    }

    const complete = (cartId: string) => api.post(`/store/carts/${cartId}/complete`, {}, storeHeaders(shop))

    /** A pay-at-pickup order of `quantity` cookies, as the storefront places it. */
    const order = async (quantity: number) => {
      const n = ++customers
      const cartId = await prepareCheckout(api, shop, {
        customer: { email: `interrupted-${n}@example.com`, first_name: "Ana", last_name: "Ruiz", phone: `+1 718 555 01${String(n).padStart(2, "0")}` },
        items: [{ variant_id: cookie.variant_id, quantity }],
        slot: { type: "pickup", start: slotStart },
      })
      const { data } = await complete(cartId)
      expect(data.type).toBe("order")
      const [line] = data.order.items
      return { cartId, orderId: data.order.id as string, displayId: data.order.display_id as number, lineId: line.id as string }
    }

    const reservationsOf = (lineId: string) => inventory().listReservationItems({ line_item_id: lineId })

    /** What a process killed after writing the order (and, unless `unlinked`, its cart link) leaves. */
    const interrupt = async (placed: { orderId: string; lineId: string }, { unlinked = false } = {}) => {
      await inventory().deleteReservationItems((await reservationsOf(placed.lineId)).map((r) => r.id))
      if (unlinked) {
        await pg().raw(`delete from order_cart where order_id = ?`, [placed.orderId])
        await pg().raw(`delete from order_payment_collection where order_id = ?`, [placed.orderId])
      }
      await age(placed.orderId)
    }

    const age = (orderId: string, minutes = AGED_MINUTES) =>
      pg().raw(`update "order" set created_at = now() - make_interval(mins => ?) where id = ?`, [minutes, orderId])

    const repair = async () =>
      (
        await repairInterruptedOrdersWorkflow(container()).run({ input: TEST_WINDOW })
      ).result

    describe("an order whose completion died before reserving its stock", () => {
      it("is reserved when the customer tries again, and the retry returns the same order", async () => {
        await setStock(20)
        const placed = await order(3)
        expect(await level()).toEqual({ stocked: 20, reserved: 3 })
        await interrupt(placed)
        expect(await level()).toEqual({ stocked: 20, reserved: 0 })

        const { data: again } = await complete(placed.cartId)
        expect(again).toMatchObject({ type: "order", order: { id: placed.orderId } })
        const reservations = await reservationsOf(placed.lineId)
        expect(reservations.map((r) => ({ quantity: Number(r.quantity), location_id: r.location_id, allow_backorder: r.allow_backorder }))).toEqual([
          { quantity: 3, location_id: shop.stock_location_id, allow_backorder: false },
        ])
        expect(await level()).toEqual({ stocked: 20, reserved: 3 })
        // A second retry writes nothing more.
        await complete(placed.cartId)
        expect(await reservationsOf(placed.lineId)).toHaveLength(1)
        expect(await level()).toEqual({ stocked: 20, reserved: 3 })
      })

      it("is reserved by the repair job when nobody retries, once; the units are then no longer for sale", async () => {
        await setStock(5)
        const placed = await order(4)
        await interrupt(placed)
        expect((await repair()).reserved).toEqual([placed.orderId])
        expect(await level()).toEqual({ stocked: 5, reserved: 4 })
        expect((await repair()).reserved).toEqual([])
        expect(await reservationsOf(placed.lineId)).toHaveLength(1)

        // Only one cookie is left to sell, as if the completion had never died.
        const n = ++customers
        const cartId = await prepareCheckout(api, shop, {
          customer: { email: `interrupted-${n}@example.com`, first_name: "Bo", last_name: "Lee", phone: `+1 718 555 02${String(n).padStart(2, "0")}` },
          items: [{ variant_id: cookie.variant_id, quantity: 1 }],
          slot: { type: "pickup", start: slotStart },
        })
        const more = await api
          .post(`/store/carts/${cartId}/line-items`, { variant_id: cookie.variant_id, quantity: 1 }, storeHeaders(shop))
          .catch((error: any) => error.response)
        expect(more.status).toBe(400)
        expect(more.data.message).toBe("Only 1 Peanut Butter Cookie left — your basket has 2.")
      })

      it("is still reserved when the units were sold meanwhile, marked as taken beyond the stock", async () => {
        await setStock(10)
        const first = await order(6)
        await interrupt(first)
        // While the first order's units were not reserved, another customer took them.
        await order(6)
        expect(await level()).toEqual({ stocked: 10, reserved: 6 })

        expect((await repair()).reserved).toEqual([first.orderId])
        const [reservation] = await reservationsOf(first.lineId)
        expect({ quantity: Number(reservation.quantity), allow_backorder: reservation.allow_backorder }).toEqual({ quantity: 6, allow_backorder: true })
        expect(await level()).toEqual({ stocked: 10, reserved: 12 })
      })

      it("leaves alone orders whose reservations Medusa settled: canceled, fulfilled, or older than the window", async () => {
        await setStock(30)
        const canceled = await order(1)
        await api.post(`/admin/orders/${canceled.orderId}/cancel`, {}, admin)
        const fulfilled = await order(1)
        const { data: placed } = await api.get(`/admin/orders/${fulfilled.orderId}?fields=id,*items`, admin)
        await api.post(
          `/admin/orders/${fulfilled.orderId}/fulfillments`,
          { items: placed.order.items.map((item: any) => ({ id: item.id, quantity: item.quantity })), location_id: shop.stock_location_id },
          admin
        )
        // Fulfilling turned the reservation into a stock move.
        expect(await reservationsOf(fulfilled.lineId)).toEqual([])
        await age(fulfilled.orderId)
        const old = await order(1)
        await interrupt(old)
        await age(old.orderId, TOO_OLD_MINUTES)
        await age(canceled.orderId)

        const { reserved, canceled: canceledNow } = await repair()
        expect(reserved).not.toContain(canceled.orderId)
        expect(reserved).not.toContain(old.orderId)
        expect(reserved).not.toContain(fulfilled.orderId)
        expect(canceledNow).toEqual([])
        expect(await reservationsOf(canceled.lineId)).toEqual([])
        expect(await reservationsOf(old.lineId)).toEqual([])
        expect(await reservationsOf(fulfilled.lineId)).toEqual([])
      })
    })

    describe("an order whose completion died before asking for its payment", () => {
      it("has its pay-at-pickup payment authorized by the repair job, so Maya can take it at the counter", async () => {
        await setStock(30)
        const placed = await order(1)
        const { rows: [collection] } = await pg().raw(`select payment_collection_id as id from order_payment_collection where order_id = ?`, [placed.orderId])
        // What a process killed just before authorizePaymentSessionStep leaves.
        await pg().raw(`delete from capture where payment_id in (select id from payment where payment_collection_id = ?)`, [collection.id])
        await pg().raw(`delete from payment where payment_collection_id = ?`, [collection.id])
        await pg().raw(`update payment_session set status = 'pending', authorized_at = null where payment_collection_id = ?`, [collection.id])
        await pg().raw(`update payment_collection set status = 'not_paid', authorized_amount = null where id = ?`, [collection.id])
        await age(placed.orderId)
        const before = await api.get(`/admin/orders/${placed.orderId}?fields=id,payment_status`, admin)
        expect(before.data.order.payment_status).toBe("not_paid")

        expect((await repair()).authorized).toEqual([placed.orderId])
        const { data } = await api.get(`/admin/orders/${placed.orderId}?fields=id,payment_status,payment_collections.payments.provider_id`, admin)
        expect(data.order.payment_status).toBe("authorized")
        expect(data.order.payment_collections[0].payments.map((p: any) => p.provider_id)).toEqual(["pp_system_default"])
        expect((await repair()).authorized).toEqual([])
      })
    })

    describe("an order whose completion died before tying it to its cart", () => {
      it("is canceled without an email, and the customer's cart still checks out into one order", async () => {
        await setStock(30)
        const orphan = await order(2)
        await interrupt(orphan, { unlinked: true })
        await pg().raw(`update cart set completed_at = null where id = ?`, [orphan.cartId])

        expect((await repair()).canceled).toEqual([orphan.orderId])
        const { data } = await api.get(`/admin/orders/${orphan.orderId}?fields=id,status,metadata,no_notification`, admin)
        expect(data.order).toMatchObject({ status: "canceled", no_notification: true, metadata: { interrupted_checkout: true } })
        expect((await repair()).canceled).toEqual([])

        // The customer tries again: one live order for the cart.
        const { data: again } = await complete(orphan.cartId)
        expect(again.type).toBe("order")
        expect(again.order.id).not.toBe(orphan.orderId)
        const { rows } = await pg().raw(
          `select o.id, o.status from order_cart oc join "order" o on o.id = oc.order_id where oc.cart_id = ? and oc.deleted_at is null`,
          [orphan.cartId]
        )
        expect(rows).toEqual([{ id: again.order.id, status: "pending" }])

        // No cancellation email went to the customer for an order they never knew of, while
        // an order Maya cancels afterwards gets one (so the orphan's event was handled by then).
        const templatesOf = async (orderId: string) =>
          (
            await container()
              .resolve(ContainerRegistrationKeys.QUERY)
              .graph({ entity: "notification", fields: ["template"], filters: { resource_id: orderId } })
          ).data.map((n) => n.template)
        const announced = await order(1)
        await api.post(`/admin/orders/${announced.orderId}/cancel`, {}, admin)
        for (let i = 0; i < 50 && !(await templatesOf(announced.orderId)).includes("order-canceled"); i++) {
          await new Promise((resolve) => setTimeout(resolve, 200))
        }
        expect(await templatesOf(announced.orderId)).toContain("order-canceled")
        expect(await templatesOf(orphan.orderId)).not.toContain("order-canceled")
      })

      it("never takes an order drafted in the admin (no cart, no slot) for an orphan", async () => {
        const { data } = await api.post(
          "/admin/draft-orders",
          { email: "walk-in@example.com", region_id: shop.region_id, sales_channel_id: shop.sales_channel_id, items: [{ variant_id: cookie.variant_id, quantity: 1 }] },
          admin
        )
        await api.post(`/admin/draft-orders/${data.draft_order.id}/convert-to-order`, {}, admin)
        await age(data.draft_order.id)
        expect((await repair()).canceled).toEqual([])
        const { data: after } = await api.get(`/admin/orders/${data.draft_order.id}?fields=id,status`, admin)
        expect(after.order.status).not.toBe("canceled")
      })
    })
  },
})
