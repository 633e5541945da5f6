import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createShopFixture } from "../fixtures/shop"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof createShopFixture>>
    let headers: Record<string, string>

    beforeAll(async () => {
      shop = await createShopFixture(getContainer())
      headers = { "x-publishable-api-key": shop.publishable_key }
    })

    it("answers /health", async () => {
      const response = await api.get("/health")
      expect(response.status).toBe(200)
    })

    it("answers /ready with each dependency's state: the database, and Redis not configured here", async () => {
      const response = await api.get("/ready")
      expect(response.status).toBe(200)
      expect(response.headers["cache-control"]).toBe("no-store")
      expect(response.data).toEqual({ status: "ready", checks: { database: "ok", redis: "not configured" } })
    })

    it("lists the bakery's products with USD prices through the store API", async () => {
      const { data } = await api.get(
        `/store/products?region_id=${shop.region_id}&fields=handle,*variants.calculated_price,+bakery_profile.*`,
        { headers }
      )
      expect(data.count).toBe(shop.catalog.products.length)
      const cake = data.products.find((p: any) => p.handle === "chocolate-celebration-cake")
      expect(cake.variants.map((v: any) => v.calculated_price.calculated_amount).sort()).toEqual([38, 52, 68])
      expect(cake.variants[0].calculated_price.currency_code).toBe("usd")
      expect(cake.bakery_profile).toMatchObject({ lead_time_hours: 48, inscription_max_length: 30 })

      const single = await api.get(`/store/products/${cake.id}?fields=handle,+bakery_profile.*`, { headers })
      expect(single.data.product.bakery_profile).toMatchObject({
        allergens_contains: ["milk", "egg", "wheat", "soy"],
        allergens_may_contain: ["tree_nuts", "peanuts"],
        dietary_tags: [],
      })
    })

    it("refuses the store API without a publishable key", async () => {
      const error = await api.get("/store/products").catch((e: any) => e.response)
      expect(error.status).toBe(400)
      expect(error.data.message).toMatch(/publishable/i)
    })

    it("filters by dietary tag and free-from allergen, combined with category", async () => {
      const handles = async (qs: string) =>
        (await api.get(`/store/products?fields=handle&${qs}`, { headers })).data.products
          .map((p: any) => p.handle)
          .sort()

      expect(await handles("dietary_tag=vegan")).toEqual(["country-sourdough", "vegan-oat-cookie"])
      expect(await handles("free_from=peanuts")).toEqual(["country-sourdough", "vegan-oat-cookie"])
      expect(await handles("free_from=peanuts&free_from=sesame")).toEqual(["vegan-oat-cookie"])
      const { data } = await api.get("/store/product-categories?handle=cookies", { headers })
      expect(await handles(`dietary_tag=vegan&category_id=${data.product_categories[0].id}`)).toEqual([
        "vegan-oat-cookie",
      ])
      expect(await handles("dietary_tag=vegan&dietary_tag=gluten_free")).toEqual([])
    })

    it("rejects an unknown filter value with a readable 400", async () => {
      const error = await api.get("/store/products?free_from=chocolate", { headers }).catch((e: any) => e.response)
      expect(error.status).toBe(400)
      expect(error.data.message).toMatch(/free_from must be one of/)
    })

    it("is idempotent: loading the shop twice keeps the same catalog and updates a changed price", async () => {
      const container = getContainer()
      const cheaper = structuredClone(shop.catalog)
      cheaper.products[1].variants[0].price_usd = 7.75
      const second = await createShopFixture(container, cheaper)
      expect(second.products_created).toBe(0)
      expect(second.products_updated).toBe(shop.catalog.products.length)
      expect(second.publishable_key).toBe(shop.publishable_key)

      const { data } = await api.get(
        `/store/products?handle=country-sourdough&region_id=${shop.region_id}&fields=handle,*variants.calculated_price`,
        { headers }
      )
      expect(data.products[0].variants[0].calculated_price.calculated_amount).toBe(7.75)
      const all = await api.get("/store/products?fields=id", { headers })
      expect(all.data.count).toBe(shop.catalog.products.length)
      const categories = await api.get("/store/product-categories?fields=id", { headers })
      expect(categories.data.count).toBe(shop.catalog.categories.length)
    })
  },
})
