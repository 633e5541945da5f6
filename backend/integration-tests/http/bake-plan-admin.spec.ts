import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { BAKE_PLAN_MODULE } from "../../src/modules/bake-plan"
import type BakePlanModuleService from "../../src/modules/bake-plan/service"
import { createAdminHeaders } from "../fixtures/admin"
import { createShopFixture } from "../fixtures/shop"

const WEEKDAYS = { mon: 10, tue: 10, wed: 10, thu: 10, fri: 12, sat: 15, sun: 0 }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const failure = (promise: Promise<unknown>) => promise.then(() => ({ status: 200, data: null }), (error: any) => error.response)

    async function setUp() {
      const container = getContainer()
      const shop = await createShopFixture(container)
      const admin = await createAdminHeaders(container)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: products } = await query.graph({
        entity: "product",
        fields: ["handle", "variants.id", "variants.title"],
        filters: { handle: ["chocolate-celebration-cake", "country-sourdough"] },
      })
      // 6" first, then 8" and 10".
      const variantsOf = (handle: string) =>
        (products.find((p: any) => p.handle === handle)!.variants as { id: string; title: string }[]).sort(
          (a, b) => parseInt(a.title) - parseInt(b.title)
        )
      return { container, shop, admin, query, cake: variantsOf("chocolate-celebration-cake"), bread: variantsOf("country-sourdough")[0] }
    }

    const stockOf = async (query: any, variantIds: string[]) => {
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id", "manage_inventory", "inventory_items.inventory_item_id"],
        filters: { id: variantIds },
      })
      return data as { id: string; manage_inventory: boolean; inventory_items: { inventory_item_id: string }[] }[]
    }

    it("puts a group on the plan, hands its variants' stock to the plan, and edits weekdays and dates", async () => {
      const { admin, query, cake } = await setUp()
      const [before] = await stockOf(query, [cake[0].id])
      const cakeItem = before.inventory_items[0].inventory_item_id

      const { data: created, status } = await api.post(
        "/admin/bakery/bake-plan/groups",
        { name: "Celebration cakes", unit: "cakes", weekday_quantities: WEEKDAYS, items: cake.map((v) => ({ variant_id: v.id, units: 1 })) },
        admin
      )
      expect(status).toBe(201)
      expect(created.bake_plan_group).toMatchObject({ name: "Celebration cakes", unit: "cakes", weekday_quantities: WEEKDAYS })
      expect(created.bake_plan_group.items.map((i: any) => [i.product_title, i.variant_title, i.units])).toEqual([
        ["Chocolate Celebration Cake", '6"', 1],
        ["Chocolate Celebration Cake", '8"', 1],
        ["Chocolate Celebration Cake", '10"', 1],
      ])

      // Sold against the plan, so Medusa neither counts nor lists the cakes' stock any more.
      const after = await stockOf(query, cake.map((v) => v.id))
      expect(after.every((v) => v.manage_inventory === false && !v.inventory_items?.length)).toBe(true)
      const { data: leftover } = await query.graph({ entity: "inventory_item", fields: ["id"], filters: { id: cakeItem } })
      expect(leftover).toEqual([])

      const id = created.bake_plan_group.id
      const { data: edited } = await api.post(`/admin/bakery/bake-plan/groups/${id}`, { weekday_quantities: { ...WEEKDAYS, sat: 18 } }, admin)
      expect(edited.bake_plan_group.weekday_quantities.sat).toBe(18)
      expect(edited.bake_plan_group.items).toHaveLength(3)

      const { data: override } = await api.post(
        `/admin/bakery/bake-plan/groups/${id}/overrides`,
        { date: "2099-05-10", quantity: 40, reason: "Mother's Day" },
        admin
      )
      expect(override.bake_plan_override).toMatchObject({ date: "2099-05-10", quantity: 40, reason: "Mother's Day" })
      // The same date again changes it rather than adding a second.
      await api.post(`/admin/bakery/bake-plan/groups/${id}/overrides`, { date: "2099-05-10", quantity: 45 }, admin)
      const { data: listed } = await api.get("/admin/bakery/bake-plan/groups", admin)
      expect(listed.count).toBe(1)
      expect(listed.bake_plan_groups[0].overrides).toEqual([
        { id: override.bake_plan_override.id, date: "2099-05-10", quantity: 45, reason: null },
      ])

      await api.delete(`/admin/bakery/bake-plan/groups/${id}/overrides/${override.bake_plan_override.id}`, admin)
      const { data: reread } = await api.get(`/admin/bakery/bake-plan/groups/${id}`, admin)
      expect(reread.bake_plan_group.overrides).toEqual([])
    })

    it("takes variants off the plan and gives Medusa's stock back to them", async () => {
      const { container, admin, query, cake, bread } = await setUp()
      const { data } = await api.post(
        "/admin/bakery/bake-plan/groups",
        { name: "Breads and cakes", unit: "bakes", weekday_quantities: WEEKDAYS, items: [{ variant_id: bread.id, units: 1 }, { variant_id: cake[0].id, units: 2 }] },
        admin
      )
      const id = data.bake_plan_group.id
      await api.post(`/admin/bakery/bake-plan/groups/${id}`, { items: [{ variant_id: cake[0].id, units: 3 }] }, admin)
      const [breadNow, cakeNow] = await stockOf(query, [bread.id, cake[0].id]).then((rows) => [bread.id, cake[0].id].map((vid) => rows.find((r) => r.id === vid)!))
      expect(breadNow.manage_inventory).toBe(true)
      // A new stock item for Maya to fill in; the plan did not count stock.
      expect(breadNow.inventory_items).toHaveLength(1)
      expect(cakeNow.manage_inventory).toBe(false)
      const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
      expect((await bakePlan.listBakePlanItems({ group_id: id })).map((i) => [i.variant_id, i.units])).toEqual([[cake[0].id, 3]])

      await api.delete(`/admin/bakery/bake-plan/groups/${id}`, admin)
      expect(await bakePlan.listBakePlanGroups({})).toEqual([])
      expect(await bakePlan.listBakePlanItems({})).toEqual([])
      const [cakeBack] = await stockOf(query, [cake[0].id])
      expect(cakeBack.manage_inventory).toBe(true)
    })

    it("refuses bad plans with a sentence and writes nothing", async () => {
      const { container, admin, cake, bread } = await setUp()
      const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
      const negative = await failure(
        api.post("/admin/bakery/bake-plan/groups", { name: "Cakes", unit: "cakes", weekday_quantities: { ...WEEKDAYS, sat: -1 } }, admin)
      )
      expect(negative.status).toBe(400)
      expect(negative.data.message).toMatch(/weekday_quantities, sat.*too small/)
      const missingDay = await failure(
        api.post("/admin/bakery/bake-plan/groups", { name: "Cakes", unit: "cakes", weekday_quantities: { mon: 1 } }, admin)
      )
      expect(missingDay.status).toBe(400)
      const nameless = await failure(api.post("/admin/bakery/bake-plan/groups", { name: "  ", unit: "cakes", weekday_quantities: WEEKDAYS }, admin))
      expect(nameless.status).toBe(400)
      expect(nameless.data.message).toMatch(/Give the group a name/)
      const unknown = await failure(
        api.post("/admin/bakery/bake-plan/groups", { name: "Cakes", unit: "cakes", weekday_quantities: WEEKDAYS, items: [{ variant_id: "variant_nope", units: 1 }] }, admin)
      )
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toBe("No product variant with id variant_nope.")
      expect(await bakePlan.listBakePlanGroups({})).toEqual([])

      await api.post("/admin/bakery/bake-plan/groups", { name: "Cakes", unit: "cakes", weekday_quantities: WEEKDAYS, items: [{ variant_id: cake[0].id, units: 1 }] }, admin)
      const twice = await failure(
        api.post("/admin/bakery/bake-plan/groups", { name: "Bread", unit: "loaves", weekday_quantities: WEEKDAYS, items: [{ variant_id: bread.id, units: 1 }, { variant_id: cake[0].id, units: 1 }] }, admin)
      )
      expect(twice.status).toBe(400)
      expect(twice.data.message).toBe('Chocolate Celebration Cake (6") is already on the bake plan under Cakes.')
      const sameName = await failure(api.post("/admin/bakery/bake-plan/groups", { name: "Cakes", unit: "cakes", weekday_quantities: WEEKDAYS }, admin))
      expect(sameName.status).toBe(400)
      expect(sameName.data.message).toBe("There is already a bake plan group called Cakes.")
      expect((await bakePlan.listBakePlanGroups({})).map((g) => g.name)).toEqual(["Cakes"])
      // The refused group's bread kept its stock.
      const { data: [breadNow] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["manage_inventory"], filters: { id: bread.id } })
      expect(breadNow.manage_inventory).toBe(true)

      const [group] = await bakePlan.listBakePlanGroups({})
      const badDate = await failure(api.post(`/admin/bakery/bake-plan/groups/${group.id}/overrides`, { date: "2026-02-30", quantity: 4 }, admin))
      expect(badDate.status).toBe(400)
      expect(badDate.data.message).toMatch(/Dates look like/)
      const noGroup = await failure(api.post(`/admin/bakery/bake-plan/groups/bkplan_nope/overrides`, { date: "2099-01-01", quantity: 4 }, admin))
      expect(noGroup.status).toBe(404)
      expect(await bakePlan.listBakePlanOverrides({})).toEqual([])
    })
  },
})
