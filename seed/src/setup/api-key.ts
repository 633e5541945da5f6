import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"
import type { ShopSetup } from "../../data/shop"

/** The storefront's publishable key (found by title, or created for the online sales channel); returns its token. */
export async function ensurePublishableKey(
  container: MedusaContainer,
  shop: ShopSetup,
  { salesChannelId }: { salesChannelId: string }
): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["id", "token"],
    filters: { title: shop.publishable_key_title, type: "publishable", revoked_at: null },
  })
  if (data[0]) {
    return data[0].token as string
  }
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: shop.publishable_key_title, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: result[0].id, add: [salesChannelId] },
  })
  return result[0].token
}
