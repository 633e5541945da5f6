const formatters = new Map<string, Intl.NumberFormat>()

/**
 * Formats a Medusa v2 amount, which is already in major units (12.5 → "$12.50").
 * Never divide by 100 here: Medusa v2 does not store cents.
 */
export function formatMoney(amount: number | null | undefined, currency = "usd"): string {
  const code = currency.toUpperCase()
  let formatter = formatters.get(code)
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-US", { style: "currency", currency: code })
    formatters.set(code, formatter)
  }
  return formatter.format(amount ?? 0)
}
