import { DateTime } from "luxon"
import type { ProductionSheet } from "./types"

export const PRODUCTION_CSV_COLUMNS = [
  "Date",
  "Slot",
  "Type",
  "Order #",
  "Customer",
  "Product",
  "Variant",
  "Qty",
  "Inscription",
  "Note",
]

/*
 * Spreadsheet apps run a cell that starts with one of these as a formula
 * (OWASP "CSV injection"); tab and carriage return are on OWASP's list too.
 */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One CSV cell: an apostrophe in front of anything a spreadsheet would
 * evaluate, then RFC 4180 quoting when the text holds a comma, quote or line
 * break.
 */
export function csvCell(value: string | number | null | undefined): string {
  let cell = value === null || value === undefined ? "" : String(value)
  if (FORMULA_START.test(cell)) {
    cell = `'${cell}`
  }
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell
}

/** Rows joined with CRLF, as RFC 4180 asks, ending with a line break. */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n"
}

function clock(iso: string, timezone: string): string {
  return DateTime.fromISO(iso, { zone: timezone }).toFormat("HH:mm")
}

/**
 * The production sheet as CSV with one row per item line, so Maya can sort
 * and filter it in a spreadsheet; the order's note repeats on each of its rows.
 */
export function productionSheetCsv(sheet: ProductionSheet): string {
  const rows = sheet.slots.flatMap((slot) =>
    slot.orders.flatMap((order) =>
      order.items.map((item) => [
        sheet.date,
        `${clock(slot.start, sheet.timezone)}-${clock(slot.end, sheet.timezone)}`,
        slot.type,
        order.display_id,
        order.customer_name ?? order.email,
        item.title,
        item.variant_title,
        item.quantity,
        item.inscription,
        order.note,
      ])
    )
  )
  return toCsv([PRODUCTION_CSV_COLUMNS, ...rows])
}
