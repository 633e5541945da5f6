import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadProductionSheet } from "./load-production-sheet"
import type { AdminGetProductionSheetType } from "./validators"

/** What Maya bakes on a day: totals by product and variant, then the orders slot by slot. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetProductionSheetType>,
  res: MedusaResponse
) => {
  const production_sheet = await loadProductionSheet(req.scope, req.validatedQuery.date)
  res.json({ production_sheet })
}
