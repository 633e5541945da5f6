import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { WeeklyQuantities } from "../modules/bake-plan/bake-days"
import { type BakePlanItemInput, prepareBakePlanItemsStep } from "./steps/prepare-bake-plan-items"
import { saveBakePlanGroupStep } from "./steps/save-bake-plan-group"
import { switchBakePlanStockWorkflow } from "./switch-bake-plan-stock"

export type SaveBakePlanGroupWorkflowInput = {
  /** Left out to create a group (then every other field is required). */
  id?: string
  name?: string
  unit?: string
  weekday_quantities?: WeeklyQuantities
  /** The group's whole list; left out, it stays as it is. */
  items?: BakePlanItemInput[]
}

/**
 * Creates a bake plan group or saves Maya's changes to it; variants joining
 * or leaving the plan hand their stock to the plan or get it back
 * (switchBakePlanStockWorkflow). Returns the group's id.
 */
export const saveBakePlanGroupWorkflow = createWorkflow(
  "save-bake-plan-group",
  (input: SaveBakePlanGroupWorkflowInput) => {
    const prepared = when({ input }, ({ input }) => input.items !== undefined).then(() =>
      prepareBakePlanItemsStep(transform({ input }, ({ input }) => ({ group_id: input.id ?? null, items: input.items! })))
    )
    const saved = saveBakePlanGroupStep(
      transform({ input, prepared }, ({ input, prepared }) => ({ ...input, items: prepared ?? undefined }))
    )
    switchBakePlanStockWorkflow.runAsStep({
      input: transform({ saved }, ({ saved }) => ({ stock_off: saved.stock_off, stock_back: saved.stock_back })),
    })
    return new WorkflowResponse(transform({ saved }, ({ saved }) => saved.id))
  }
)
