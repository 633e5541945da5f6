import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteBakePlanGroupStep } from "./steps/delete-bake-plan-group"
import { switchBakePlanStockWorkflow } from "./switch-bake-plan-stock"

/** Takes a group off the bake plan; its variants count Medusa stock again if they did before. */
export const deleteBakePlanGroupWorkflow = createWorkflow("delete-bake-plan-group", (input: { id: string }) => {
  const deleted = deleteBakePlanGroupStep(transform({ input }, ({ input }) => input.id))
  switchBakePlanStockWorkflow.runAsStep({
    input: transform({ deleted }, ({ deleted }) => ({ stock_off: [] as string[], stock_back: deleted.stock_back })),
  })
  return new WorkflowResponse(transform({ input }, ({ input }) => input.id))
})
