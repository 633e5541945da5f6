import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Of these inventory items, the ones no variant draws on any more and no open
 * order holds a reservation on: stock that nothing counts, which would only
 * mislead Maya on the Inventory page. Items still reserved stay.
 */
export const listUnusedStockItemsStep = createStep(
  "list-unused-stock-items",
  async (inventoryItemIds: string[], { container }) => {
    if (!inventoryItemIds.length) {
      return new StepResponse([] as string[])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: links }, { data: items }] = await Promise.all([
      query.graph({
        entity: "product_variant_inventory_item",
        fields: ["inventory_item_id"],
        filters: { inventory_item_id: inventoryItemIds },
      }),
      query.graph({ entity: "inventory", fields: ["id", "reserved_quantity"], filters: { id: inventoryItemIds } }),
    ])
    const stillUsed = new Set(links.map((link: { inventory_item_id: string }) => link.inventory_item_id))
    return new StepResponse(
      items
        .filter((item: any) => !stillUsed.has(item.id) && !(Number(item.reserved_quantity) > 0))
        .map((item: any) => item.id as string)
    )
  }
)
