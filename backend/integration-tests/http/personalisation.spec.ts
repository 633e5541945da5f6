import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createShopFixture } from "../fixtures/shop"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof createShopFixture>>
    let store: { headers: Record<string, string> }
    let cake: string
    let bread: string

    const failure = (promise: Promise<unknown>) =>
      promise.then(
        (response: any) => {
          throw new Error(`expected a 4xx, got ${response.status}`)
        },
        (error: any) => error.response
      )

    beforeAll(async () => {
      shop = await createShopFixture(getContainer())
      store = { headers: { "x-publishable-api-key": shop.publishable_key } }
      const { data } = await api.get("/store/products?fields=handle,variants.id", store)
      const variantOf = (handle: string) => data.products.find((p: any) => p.handle === handle).variants[0].id
      cake = variantOf("chocolate-celebration-cake")
      bread = variantOf("country-sourdough")
    })

    const newCart = async () =>
      (await api.post("/store/carts", { region_id: shop.region_id }, store)).data.cart.id as string

    const itemsOf = async (cartId: string) =>
      (await api.get(`/store/carts/${cartId}?fields=items.id,items.metadata,items.quantity`, store)).data.cart.items

    describe("inscriptions", () => {
      it("stores a trimmed inscription on a cake line", async () => {
        const cartId = await newCart()
        await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: cake, quantity: 1, metadata: { inscription: "  Happy   40th, Sam!  " } },
          store
        )
        const [item] = await itemsOf(cartId)
        expect(item.metadata.inscription).toBe("Happy 40th, Sam!")
      })

      it("keeps two cakes with different inscriptions as separate lines", async () => {
        const cartId = await newCart()
        for (const inscription of ["For Ana", "For Ben"]) {
          await api.post(`/store/carts/${cartId}/line-items`, { variant_id: cake, quantity: 1, metadata: { inscription } }, store)
        }
        const items = await itemsOf(cartId)
        expect(items.map((i: any) => i.metadata.inscription).sort()).toEqual(["For Ana", "For Ben"])
      })

      it.each([
        ["too long", "x".repeat(31), /at most 30 characters \(yours has 31\)/],
        ["empty", "   ", /at least 1 character/],
        ["multi-line", "Happy\nBirthday", /printable characters/],
      ])("rejects a %s inscription with 400 naming the rule, and adds nothing", async (_, inscription, rule) => {
        const cartId = await newCart()
        const response = await failure(
          api.post(`/store/carts/${cartId}/line-items`, { variant_id: cake, quantity: 1, metadata: { inscription } }, store)
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(rule)
        expect(await itemsOf(cartId)).toEqual([])
      })

      it("rejects an inscription on a product that takes none", async () => {
        const cartId = await newCart()
        const response = await failure(
          api.post(`/store/carts/${cartId}/line-items`, { variant_id: bread, quantity: 1, metadata: { inscription: "Hi" } }, store)
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toBe("Country Sourdough does not take an inscription.")
      })

      it("applies the same rules when a line is updated, and when a cart is created with items", async () => {
        const cartId = await newCart()
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: cake, quantity: 1, metadata: { inscription: "Ok" } }, store)
        const [item] = await itemsOf(cartId)
        const update = await failure(
          api.post(`/store/carts/${cartId}/line-items/${item.id}`, { quantity: 1, metadata: { inscription: "y".repeat(40) } }, store)
        )
        expect(update.status).toBe(400)
        expect((await itemsOf(cartId))[0].metadata.inscription).toBe("Ok")

        const create = await failure(
          api.post(
            "/store/carts",
            { region_id: shop.region_id, items: [{ variant_id: bread, quantity: 1, metadata: { inscription: "Hi" } }] },
            store
          )
        )
        expect(create.status).toBe(400)
      })

      it("lets the customer change a line's inscription in the basket, or remove it with an empty one", async () => {
        const cartId = await newCart()
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: cake, quantity: 1, metadata: { inscription: "Happy 40th" } }, store)
        const [item] = await itemsOf(cartId)

        await api.post(`/store/carts/${cartId}/line-items/${item.id}`, { quantity: 1, metadata: { inscription: "  Happy 41st, Sam " } }, store)
        expect((await itemsOf(cartId))[0].metadata.inscription).toBe("Happy 41st, Sam")

        await api.post(`/store/carts/${cartId}/line-items/${item.id}`, { quantity: 1, metadata: { inscription: "" } }, store)
        const [plain] = await itemsOf(cartId)
        expect(plain.metadata?.inscription).toBeUndefined()
        expect(plain.quantity).toBe(1)
      })

      it("stores markup as plain text, returned verbatim for the views to escape", async () => {
        const cartId = await newCart()
        const inscription = "<script>alert(1)</script>"
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: cake, quantity: 1, metadata: { inscription } }, store)
        expect((await itemsOf(cartId))[0].metadata.inscription).toBe(inscription)
      })
    })

    describe("order note", () => {
      it("sets, keeps other metadata, and clears the note", async () => {
        const { data } = await api.post("/store/carts", { region_id: shop.region_id, metadata: { source: "test" } }, store)
        const cartId = data.cart.id
        const set = await api.post(`/store/carts/${cartId}/order-note`, { note: "  Severe nut allergy, please pack separately. " }, store)
        expect(set.data.cart.metadata).toEqual({ source: "test", order_note: "Severe nut allergy, please pack separately." })

        const cleared = await api.post(`/store/carts/${cartId}/order-note`, { note: "" }, store)
        expect(cleared.data.cart.metadata).toEqual({ source: "test" })
      })

      it("rejects a note over 500 characters and leaves the cart unchanged", async () => {
        const cartId = await newCart()
        await api.post(`/store/carts/${cartId}/order-note`, { note: "Candles please" }, store)
        const response = await failure(api.post(`/store/carts/${cartId}/order-note`, { note: "n".repeat(501) }, store))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/at most 500 characters/)
        const { data } = await api.get(`/store/carts/${cartId}?fields=metadata`, store)
        expect(data.cart.metadata.order_note).toBe("Candles please")
      })

      it("answers 404 for an unknown cart", async () => {
        const response = await failure(api.post("/store/carts/cart_missing/order-note", { note: "hi" }, store))
        expect(response.status).toBe(404)
      })
    })
  },
})
