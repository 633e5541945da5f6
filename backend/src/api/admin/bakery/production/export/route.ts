import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productionSheetCsv } from "../../../../../lib/production-sheet"
import { loadProductionSheet } from "../load-production-sheet"
import type { AdminGetProductionSheetType } from "../validators"

/** The day's production sheet as a CSV download, one row per item line. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetProductionSheetType>,
  res: MedusaResponse
) => {
  const sheet = await loadProductionSheet(req.scope, req.validatedQuery.date)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="production-${sheet.date}.csv"`)
  // The byte-order mark tells Excel the file is UTF-8, so "Joyeux anniversaire, Zoé" survives.
  res.send(`\uFEFF${productionSheetCsv(sheet)}`)
}
