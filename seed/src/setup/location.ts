import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStockLocationsWorkflow, linkSalesChannelsToStockLocationWorkflow } from "@medusajs/medusa/core-flows"
import type { ShopSetup } from "../../data/shop"

/**
 * The bakery as a stock location, found by name; when created it is linked
 * to the manual fulfillment provider and the online sales channel.
 */
export async function ensureStockLocation(
  container: MedusaContainer,
  shop: ShopSetup,
  { salesChannelId }: { salesChannelId: string }
): Promise<{ id: string }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id"],
    filters: { name: shop.stock_location.name },
  })
  if (data[0]) {
    return data[0]
  }
  const { result } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: shop.stock_location.name, address: { ...shop.stock_location.address } }] },
  })
  const location = result[0]
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannelId] },
  })
  return location
}
