import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSalesChannelsWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import type { ShopSetup } from "../../data/shop"

/** The online sales channel, found by name or created. */
export async function ensureSalesChannel(container: MedusaContainer, shop: ShopSetup): Promise<{ id: string }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "sales_channel",
    fields: ["id"],
    filters: { name: shop.sales_channel.name },
  })
  if (data[0]) {
    return data[0]
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ ...shop.sales_channel }] },
  })
  return result[0]
}

/** The store's name, currency and default sales channel follow the setup on every run. */
export async function ensureStore(container: MedusaContainer, shop: ShopSetup, { salesChannelId }: { salesChannelId: string }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "store", fields: ["id"] })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: data[0].id },
      update: {
        name: shop.store_name,
        supported_currencies: [{ currency_code: shop.region.currency_code, is_default: true }],
        default_sales_channel_id: salesChannelId,
      },
    },
  })
}
