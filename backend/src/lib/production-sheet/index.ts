export {
  bakeDayRange,
  buildProductionSheet,
  isCalendarDate,
  PRODUCTION_ORDER_FIELDS,
  todayIn,
  type SheetOrder,
  type SheetOrderItem,
} from "./production-sheet"
export { csvCell, productionSheetCsv, PRODUCTION_CSV_COLUMNS, toCsv } from "./csv"
export type * from "./types"
