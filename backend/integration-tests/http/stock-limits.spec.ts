/**
 * Stock is never oversold, whatever the basket looks like (issue 12 §2):
 * Medusa checks line by line, so these are the shapes that pass its check
 * but together ask for more than the shop has — one cake on two lines (two
 * inscriptions), two products sharing one inventory item, a kit needing 2 of
 * an item — at add-to-cart, line update, cart creation and completion.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import { beforeAll, describe, expect, it } from "vitest"
import { SCHEDULING_MODULE } from "../../src/modules/scheduling"
import type SchedulingModuleService from "../../src/modules/scheduling/service"
import { createAdminHeaders } from "../fixtures/admin"
import { createOneUsePromotion } from "../fixtures/promotions"
import { createShopFixture } from "../fixtures/shop"

const ZONE = "America/New_York"
const EVERY_DAY = [{ open: "08:00", close: "20:00" }]
// Beyond the cakes' 48 h lead time, so every basket here can take it.
const SLOT_START = DateTime.fromISO(`${DateTime.now().setZone(ZONE).plus({ days: 4 }).toISODate()}T10:00`, { zone: ZONE }).toISO({
  suppressMilliseconds: true,
})!

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof createShopFixture>>
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    /** Variant ids by name: cake6, cake8, cake10, bread, peanut, oat. */
    const v: Record<string, string> = {}
    const productOf: Record<string, string> = {}
    let customers = 0

    const failure = (promise: Promise<unknown>) =>
      promise.then(
        (response: any) => {
          throw new Error(`expected a 4xx, got ${response.status}: ${JSON.stringify(response.data).slice(0, 300)}`)
        },
        (error: any) => error.response
      )

    beforeAll(async () => {
      const container = getContainer()
      shop = await createShopFixture(container)
      store = { headers: { "x-publishable-api-key": shop.publishable_key } }
      admin = await createAdminHeaders(container)
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
      const { data } = await api.get("/store/products?fields=id,handle,variants.id,variants.title&limit=50", store)
      const byHandle = (handle: string) => data.products.find((p: any) => p.handle === handle)
      const cake = byHandle("chocolate-celebration-cake")
      for (const [name, title] of [["cake6", '6"'], ["cake8", '8"'], ["cake10", '10"']]) {
        v[name] = cake.variants.find((variant: any) => variant.title === title).id
        productOf[name] = cake.id
      }
      for (const [name, handle] of [["bread", "country-sourdough"], ["peanut", "peanut-butter-cookie"], ["oat", "vegan-oat-cookie"]]) {
        v[name] = byHandle(handle).variants[0].id
        productOf[name] = byHandle(handle).id
      }
    })

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const inventory = () => getContainer().resolve(Modules.INVENTORY)

    const inventoryItemOf = async (variant: string): Promise<string> => {
      const { data } = await query().graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory_item_id"],
        filters: { id: v[variant] },
      })
      return data[0].inventory_items![0]!.inventory_item_id
    }

    /** Maya sets the shelf count in the admin. */
    const setStock = async (variant: string, stocked_quantity: number) =>
      api.post(
        `/admin/inventory-items/${await inventoryItemOf(variant)}/location-levels/${shop.stock_location_id}`,
        { stocked_quantity },
        admin
      )

    const levelOf = async (variant: string) => {
      const [level] = await inventory().listInventoryLevels({
        inventory_item_id: await inventoryItemOf(variant),
        location_id: shop.stock_location_id,
      })
      return { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) }
    }

    const reservationsOf = async (variant: string) =>
      inventory().listReservationItems({ inventory_item_id: await inventoryItemOf(variant) })

    const newCart = async () =>
      (await api.post("/store/carts", { region_id: shop.region_id, email: `customer-${++customers}@example.com` }, store)).data.cart
        .id as string

    const add = (cartId: string, variant: string, quantity: number, inscription?: string) =>
      api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: v[variant], quantity, ...(inscription ? { metadata: { inscription } } : {}) },
        store
      )

    const linesOf = async (cartId: string) =>
      (
        await api.get(`/store/carts/${cartId}?fields=items.id,items.variant_id,items.quantity,items.metadata`, store)
      ).data.cart.items
        .map((item: any) => ({ id: item.id, variant_id: item.variant_id, quantity: item.quantity, inscription: item.metadata?.inscription }))
        .sort((a: any, b: any) => String(a.inscription).localeCompare(String(b.inscription)))

    /** Shipping, pay-at-pickup session and slot: everything but pressing "Place order". */
    async function readyForCompletion(cartId: string) {
      await api.post(
        `/store/carts/${cartId}`,
        {
          shipping_address: {
            first_name: "Ana",
            last_name: "Ruiz",
            address_1: "77 Prospect Park West",
            city: "Brooklyn",
            country_code: "us",
            postal_code: "11215",
          },
        },
        store
      )
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shop.pickup_option_id }, store)
      const { data } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
      await api.post(`/store/payment-collections/${data.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
      await api.post(`/store/carts/${cartId}/fulfillment-slot`, { type: "pickup", start: SLOT_START }, store)
    }

    const complete = (cartId: string) => api.post(`/store/carts/${cartId}/complete`, {}, store)

    /** What completion left behind for a cart: its order, its slot booking, whether it is completed. */
    async function afterCompletion(cartId: string) {
      const { data: links } = await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      const { data: carts } = await query().graph({ entity: "cart", fields: ["completed_at"], filters: { id: cartId } })
      const scheduling: SchedulingModuleService = getContainer().resolve(SCHEDULING_MODULE)
      return {
        order_ids: links.map((link: any) => link.order_id),
        completed: !!carts[0].completed_at,
        slot_bookings: (await scheduling.listSlotBookings({ cart_id: cartId })).length,
      }
    }

    /** No other completion is kept waiting: the cart's stock lock was let go. */
    async function stockLockIsFree(variant: string) {
      const locking = getContainer().resolve(Modules.LOCKING)
      const key = `cart-stock:${await inventoryItemOf(variant)}`
      await locking.acquire(key, { ownerId: "stock-limits-spec" })
      await locking.release(key, { ownerId: "stock-limits-spec" })
      return true
    }

    const linkItem = (variant: string, body: Record<string, unknown>) =>
      api.post(`/admin/products/${productOf[variant]}/variants/inventory-items/batch`, body, admin)

    describe("one cake on two lines (two inscriptions)", () => {
      it("refuses a second line that takes the basket past the stock, and writes nothing", async () => {
        await setStock("cake6", 3)
        const cartId = await newCart()
        await add(cartId, "cake6", 2, "For Ana")

        // Medusa alone would allow it: this line of 2 fits in the 3 left.
        const refused = await failure(add(cartId, "cake6", 2, "For Ben"))
        expect(refused.status).toBe(400)
        expect(refused.data).toMatchObject({
          type: "not_allowed",
          code: "insufficient_inventory",
          message: 'Only 3 Chocolate Celebration Cake (6") left — your basket has 4.',
        })
        expect(await linesOf(cartId)).toEqual([expect.objectContaining({ variant_id: v.cake6, quantity: 2, inscription: "For Ana" })])

        // Exactly what is left is fine.
        await add(cartId, "cake6", 1, "For Ben")
        expect((await linesOf(cartId)).map((line: any) => line.quantity)).toEqual([2, 1])
      })

      it("refuses raising a line's quantity past the stock, but always lets the basket shrink", async () => {
        await setStock("cake6", 3)
        const cartId = await newCart()
        await add(cartId, "cake6", 2, "For Ana")
        await add(cartId, "cake6", 1, "For Ben")
        const [ana, ben] = await linesOf(cartId)

        const refused = await failure(api.post(`/store/carts/${cartId}/line-items/${ben.id}`, { quantity: 2 }, store))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe('Only 3 Chocolate Celebration Cake (6") left — your basket has 4.')
        expect((await linesOf(cartId)).map((line: any) => line.quantity)).toEqual([2, 1])

        // Maya sells two over the counter: the basket is now over, and can still be fixed.
        await setStock("cake6", 1)
        await add(cartId, "bread", 1)
        await api.post(`/store/carts/${cartId}/line-items/${ana.id}`, { quantity: 1, metadata: { inscription: "For Ana!" } }, store)
        const lines = await linesOf(cartId)
        expect(lines.filter((line: any) => line.variant_id === v.cake6).map((line: any) => line.quantity)).toEqual([1, 1])
        expect(lines.some((line: any) => line.variant_id === v.bread)).toBe(true)
        expect((await failure(add(cartId, "cake6", 1, "For Cy"))).data.message).toBe(
          'Only 1 Chocolate Celebration Cake (6") left — your basket has 3.'
        )
      })

      it("refuses a cart created with both lines at once", async () => {
        await setStock("cake6", 3)
        const refused = await failure(
          api.post(
            "/store/carts",
            {
              region_id: shop.region_id,
              items: [
                { variant_id: v.cake6, quantity: 2, metadata: { inscription: "For Ana" } },
                { variant_id: v.cake6, quantity: 2, metadata: { inscription: "For Ben" } },
              ],
            },
            store
          )
        )
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe('Only 3 Chocolate Celebration Cake (6") left — your basket has 4.')
      })
    })

    describe("completion", () => {
      it("refuses a basket that fitted when it was built but not any more: no order, no reservation, no slot", async () => {
        await setStock("cake10", 5)
        const cartId = await newCart()
        await add(cartId, "cake10", 1, "For Ana")
        await add(cartId, "cake10", 1, "For Ben")
        await readyForCompletion(cartId)

        await setStock("cake10", 1)
        const refused = await failure(complete(cartId))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe('Only 1 Chocolate Celebration Cake (10") left — your basket has 2.')
        expect(await afterCompletion(cartId)).toEqual({ order_ids: [], completed: false, slot_bookings: 0 })
        expect(await reservationsOf("cake10")).toEqual([])
        expect(await levelOf("cake10")).toEqual({ stocked: 1, reserved: 0 })
        expect(await stockLockIsFree("cake10")).toBe(true)

        // Maya bakes one more: the same basket now completes and reserves both cakes.
        await setStock("cake10", 2)
        const { data } = await complete(cartId)
        expect(data.type).toBe("order")
        expect(await afterCompletion(cartId)).toEqual({ order_ids: [data.order.id], completed: true, slot_bookings: 1 })
        const reservations = await reservationsOf("cake10")
        expect(reservations.reduce((sum, r) => sum + Number(r.quantity), 0)).toBe(2)
        expect(await levelOf("cake10")).toEqual({ stocked: 2, reserved: 2 })
        expect(await stockLockIsFree("cake10")).toBe(true)

        // Completing again (Stripe's webhook after the browser) returns the same order and reserves nothing more.
        expect((await complete(cartId)).data.order.id).toBe(data.order.id)
        expect(await levelOf("cake10")).toEqual({ stocked: 2, reserved: 2 })
      })

      it("counts what other orders reserved: of two baskets that each fit, the second to complete is refused", async () => {
        await setStock("cake10", 3)
        const first = await newCart()
        const second = await newCart()
        for (const cartId of [first, second]) {
          await add(cartId, "cake10", 1, "For Cy")
          await add(cartId, "cake10", 1, "For Dee")
          await readyForCompletion(cartId)
        }
        expect((await complete(first)).data.type).toBe("order")
        const refused = await failure(complete(second))
        expect(refused.data.message).toBe('Only 1 Chocolate Celebration Cake (10") left — your basket has 2.')
        expect(await afterCompletion(second)).toEqual({ order_ids: [], completed: false, slot_bookings: 0 })
        expect(await levelOf("cake10")).toEqual({ stocked: 3, reserved: 2 })
      })
      it("gives the reservation and the stock lock back when completion fails after the check", async () => {
        // The last use of a code goes to another cart first: Medusa refuses this cart
        // late (registerUsageStep), after our check passed and the cakes were reserved.
        await createOneUsePromotion(getContainer(), "LASTONE")
        await setStock("cake10", 3)
        const [other, cartId] = [await newCart(), await newCart()]
        await add(other, "bread", 1)
        await add(cartId, "cake10", 1, "For Ana")
        await add(cartId, "cake10", 1, "For Ben")
        for (const id of [other, cartId]) {
          await api.post(`/store/carts/${id}/promotions`, { promo_codes: ["LASTONE"] }, store)
          await readyForCompletion(id)
        }
        expect((await complete(other)).data.type).toBe("order")

        const refused = await failure(complete(cartId))
        expect(refused.data.message).toMatch(/Promotion usage exceeds the limit/)
        expect(await afterCompletion(cartId)).toEqual({ order_ids: [], completed: false, slot_bookings: 0 })
        expect(await reservationsOf("cake10")).toEqual([])
        expect(await levelOf("cake10")).toEqual({ stocked: 3, reserved: 0 })
        expect(await stockLockIsFree("cake10")).toBe(true)
      })
    })

    describe("two products sharing one inventory item", () => {
      it("sums both products' lines against the shared stock, at add-to-cart and at completion", async () => {
        // Maya makes the oat cookie draw on the peanut butter cookie's stock (one tray of dough, say).
        const shared = await inventoryItemOf("peanut")
        const own = await inventoryItemOf("oat")
        await linkItem("oat", {
          create: [{ variant_id: v.oat, inventory_item_id: shared, required_quantity: 1 }],
          delete: [{ variant_id: v.oat, inventory_item_id: own }],
        })
        expect(await inventoryItemOf("oat")).toBe(shared)
        await setStock("peanut", 3)

        const cartId = await newCart()
        await add(cartId, "peanut", 2)
        const refused = await failure(add(cartId, "oat", 2))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(
          "Only 3 left of Peanut Butter Cookie and Vegan Oat & Raisin Cookie together — your basket has 4."
        )
        expect((await linesOf(cartId)).map((line: any) => [line.variant_id, line.quantity])).toEqual([[v.peanut, 2]])

        await add(cartId, "oat", 1)
        await readyForCompletion(cartId)
        await setStock("peanut", 2)
        const late = await failure(complete(cartId))
        expect(late.data.message).toBe(
          "Only 2 left of Peanut Butter Cookie and Vegan Oat & Raisin Cookie together — your basket has 3."
        )
        expect(await afterCompletion(cartId)).toEqual({ order_ids: [], completed: false, slot_bookings: 0 })
        expect(await levelOf("peanut")).toEqual({ stocked: 2, reserved: 0 })

        await setStock("peanut", 3)
        expect((await complete(cartId)).data.type).toBe("order")
        expect(await levelOf("peanut")).toEqual({ stocked: 3, reserved: 3 })
      })
    })

    describe("a kit: a variant needing 2 of an inventory item", () => {
      it("multiplies by the required quantity across lines and counts kits in the message", async () => {
        const item = await inventoryItemOf("cake8")
        await linkItem("cake8", { update: [{ variant_id: v.cake8, inventory_item_id: item, required_quantity: 2 }] })
        await setStock("cake8", 5)

        const cartId = await newCart()
        await add(cartId, "cake8", 1, "For Ana")
        await add(cartId, "cake8", 1, "For Ben")
        // Each line alone needs 2 of the 5; the third needs the 5th and a 6th.
        const refused = await failure(add(cartId, "cake8", 1, "For Cy"))
        expect(refused.data.message).toBe('Only 2 Chocolate Celebration Cake (8") left — your basket has 3.')

        await readyForCompletion(cartId)
        await setStock("cake8", 3)
        const late = await failure(complete(cartId))
        expect(late.data.message).toBe('Only 1 Chocolate Celebration Cake (8") left — your basket has 2.')
        expect(await levelOf("cake8")).toEqual({ stocked: 3, reserved: 0 })

        await setStock("cake8", 4)
        expect((await complete(cartId)).data.type).toBe("order")
        expect(await levelOf("cake8")).toEqual({ stocked: 4, reserved: 4 })
      })
    })

    describe("variants that are not limited", () => {
      it("never limits a backorderable or made-to-order variant", async () => {
        await setStock("bread", 1)
        await api.post(`/admin/products/${productOf.bread}/variants/${v.bread}`, { allow_backorder: true }, admin)
        const cartId = await newCart()
        await add(cartId, "bread", 3)
        await add(cartId, "cake6", 1, "For Ana")
        await setStock("cake6", 3)
        await readyForCompletion(cartId)
        expect((await complete(cartId)).data.type).toBe("order")

        await api.post(`/admin/products/${productOf.bread}/variants/${v.bread}`, { allow_backorder: false, manage_inventory: false }, admin)
        const madeToOrder = await newCart()
        await add(madeToOrder, "bread", 12)
        expect((await linesOf(madeToOrder))[0].quantity).toBe(12)
      })
    })
  },
})
