import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteInventoryItemWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { listUnusedStockItemsStep } from "./steps/list-unused-stock-items"
import { listVariantStockItemsStep } from "./steps/list-variant-stock-items"

export type SwitchBakePlanStockInput = {
  /** Variants now sold against the plan: Medusa stops counting their stock. */
  stock_off: string[]
  /** Variants that left the plan: Medusa counts their stock again (a new item, stock 0, until Maya stocks it). */
  stock_back: string[]
}

/**
 * A variant on the bake plan is sold against its day's plan, not against
 * stock on hand, so it does not manage Medusa inventory (Medusa then neither
 * checks nor reserves stock for it). Its inventory item, which nothing counts
 * any more, is removed so the admin's Inventory page lists only stock that is
 * real; an item another variant still draws on, or that an open order still
 * holds, stays.
 */
export const switchBakePlanStockWorkflow = createWorkflow(
  "switch-bake-plan-stock",
  (input: SwitchBakePlanStockInput) => {
    const stockItems = listVariantStockItemsStep(input.stock_off)
    const variants = transform({ input }, ({ input }) => [
      ...input.stock_off.map((id) => ({ id, manage_inventory: false })),
      ...input.stock_back.map((id) => ({ id, manage_inventory: true })),
    ])
    when({ variants }, ({ variants }) => variants.length > 0).then(() => {
      updateProductVariantsWorkflow.runAsStep({ input: { product_variants: variants } })
    })
    const unused = listUnusedStockItemsStep(stockItems)
    when({ unused }, ({ unused }) => unused.length > 0).then(() => {
      deleteInventoryItemWorkflow.runAsStep({ input: unused })
    })
    return new WorkflowResponse({ removed_inventory_items: unused })
  }
)
