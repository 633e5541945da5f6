import type { ProductionSheet } from "../../../lib/production-sheet/types"
import { sdk } from "../../lib/sdk"

/**
 * One cache entry per bake day, shared by the page and the order-list widget.
 * Without a date the server picks today in the shop's time zone.
 */
export const productionSheetQuery = (date?: string) => ({
  queryKey: ["production-sheet", date ?? "today"],
  queryFn: () =>
    sdk.client
      .fetch<{ production_sheet: ProductionSheet }>("/admin/bakery/production", {
        query: date ? { date } : {},
      })
      .then(({ production_sheet }) => production_sheet),
})
