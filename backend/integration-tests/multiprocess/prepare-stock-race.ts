import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { writeFileSync } from "node:fs"
import type { SeedProduct } from "../../../seed/src/catalog-schema"
import { createShopFixture, fixtureCatalog } from "../fixtures/shop"
import { createReadyCart, openEveryDay, type ReadyCartItem } from "./ready-carts"

/** Two plain bakes more, so one race can cross two inventory items in both orders. */
const bake = (handle: string, title: string, sku: string): SeedProduct => ({
  handle,
  title,
  description: `${title}, baked this morning.`,
  category: "breads",
  collections: [],
  options: [{ title: "Pack", values: ["Single"] }],
  variants: [{ title: "Single", sku, options: { Pack: "Single" }, price_usd: 4, weight_grams: 150, stock: 10 }],
  allergens: { contains: ["wheat", "milk", "egg"], may_contain: [] },
  dietary_tags: [],
  lead_time_hours: 0,
  inscription_max_length: null,
  art: { shape: "loaf", colours: ["#f2d16b", "#b5651d", "#fff6d5"] },
})

/**
 * Run with `medusa exec` by stock-race.spec.ts before the backends start:
 * loads the fixture shop (plus a lemon tart and a cinnamon bun), sets the
 * stock and Maya's inventory links for each basket shape of the race, and
 * prepares its carts ready to complete (pickup STOCK_TEST_START). Writes the
 * cart ids per shape, the inventory item ids and the publishable key to
 * STOCK_TEST_OUTPUT.
 */
export default async function prepareStockRace({ container }: ExecArgs) {
  const shop = await createShopFixture(container, {
    ...fixtureCatalog,
    products: [
      ...fixtureCatalog.products,
      bake("lemon-tart", "Lemon Tart", "SC-LEMON-TART"),
      bake("cinnamon-bun", "Cinnamon Bun", "SC-CINNAMON-BUN"),
    ],
  })
  await openEveryDay(container, 200)

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["handle", "variants.id", "variants.title", "variants.inventory_items.inventory_item_id"],
  })
  const variant = (handle: string, title = "Single") => {
    const found = products.find((p: any) => p.handle === handle)?.variants?.find((v: any) => v?.title === title) as any
    return { id: found.id as string, item: found.inventory_items[0].inventory_item_id as string }
  }
  const cake6 = variant("chocolate-celebration-cake", '6"')
  const cake8 = variant("chocolate-celebration-cake", '8"')
  const bread = variant("country-sourdough")
  const peanut = variant("peanut-butter-cookie")
  const oat = variant("vegan-oat-cookie")
  const tart = variant("lemon-tart")
  const bun = variant("cinnamon-bun")

  // Maya's inventory kits: the oat cookie draws on the peanut butter cookie's
  // stock, and an 8" cake needs 2 of its inventory item.
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const variantItem = (variant_id: string, inventory_item_id: string) => ({
    [Modules.PRODUCT]: { variant_id },
    [Modules.INVENTORY]: { inventory_item_id },
  })
  await link.dismiss([variantItem(oat.id, oat.item), variantItem(cake8.id, cake8.item)])
  await link.create([
    { ...variantItem(oat.id, peanut.item), data: { required_quantity: 1 } },
    { ...variantItem(cake8.id, cake8.item), data: { required_quantity: 2 } },
  ])

  const stock: [string, number][] = [
    [cake6.item, 5],
    [peanut.item, 5],
    [cake8.item, 10],
    [tart.item, 4],
    [bun.item, 4],
    [bread.item, 3],
  ]
  await container.resolve(Modules.INVENTORY).updateInventoryLevels(
    stock.map(([inventory_item_id, stocked_quantity]) => ({
      inventory_item_id,
      location_id: shop.stock_location_id,
      stocked_quantity,
    }))
  )

  const one = (variant_id: string, inscription?: string): ReadyCartItem => ({ variant_id, quantity: 1, inscription })
  const shapes: Record<string, ReadyCartItem[][]> = {
    two_lines: Array.from({ length: 6 }, () => [one(cake6.id, "For Ana"), one(cake6.id, "For Ben")]),
    shared_item: Array.from({ length: 6 }, () => [one(peanut.id), one(oat.id)]),
    kit: Array.from({ length: 6 }, () => [one(cake8.id, "For Ana"), one(cake8.id, "For Ben")]),
    crossed: Array.from({ length: 10 }, (_, i) => (i % 2 ? [one(bun.id), one(tart.id)] : [one(tart.id), one(bun.id)])),
    last_three: Array.from({ length: 30 }, () => [one(bread.id)]),
  }
  const carts: Record<string, string[]> = {}
  let customer = 0
  for (const [shape, baskets] of Object.entries(shapes)) {
    carts[shape] = []
    for (const items of baskets) {
      carts[shape].push(
        await createReadyCart(container, shop, {
          email: `customer-${++customer}@example.com`,
          items,
          start: process.env.STOCK_TEST_START!,
        })
      )
    }
  }
  writeFileSync(
    process.env.STOCK_TEST_OUTPUT!,
    JSON.stringify({
      publishable_key: shop.publishable_key,
      carts,
      items: { cake6: cake6.item, peanut: peanut.item, cake8: cake8.item, tart: tart.item, bun: bun.item, bread: bread.item },
    })
  )
}
