import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The Medusa inventory items these variants draw on. */
export const listVariantStockItemsStep = createStep(
  "list-variant-stock-items",
  async (variantIds: string[], { container }) => {
    if (!variantIds.length) {
      return new StepResponse([] as string[])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant_inventory_item",
      fields: ["inventory_item_id"],
      filters: { variant_id: variantIds },
    })
    return new StepResponse([...new Set(data.map((link: { inventory_item_id: string }) => link.inventory_item_id))])
  }
)
