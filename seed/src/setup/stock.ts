import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedProduct } from "../catalog-schema"

/** Opening stock at the bakery for the products' variants that have no level there yet; existing stock is Maya's. */
export async function ensureStockLevels(
  container: MedusaContainer,
  products: SeedProduct[],
  { stockLocationId }: { stockLocationId: string }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const skus = products.flatMap((p) => p.variants.map((v) => v.sku))
  const stockBySku = new Map(products.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku", "location_levels.location_id"],
    filters: { sku: skus },
  })
  const levels = items
    .filter((item) => !item.location_levels?.some((l: { location_id: string } | null) => l?.location_id === stockLocationId))
    .map((item) => ({
      inventory_item_id: item.id,
      location_id: stockLocationId,
      stocked_quantity: stockBySku.get(item.sku!) ?? 0,
    }))
  if (levels.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  }
}
