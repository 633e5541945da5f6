/**
 * Whether a basket asks for more of an inventory item than a stock location
 * has, summed over the WHOLE basket. Medusa 2.21 checks and reserves line by
 * line, so two lines of one cake (two inscriptions), two variants sharing an
 * inventory item, or a kit needing 2 of an item can together exceed what is
 * left (Medusa issue #16502). The cart hooks fetch the facts and call these
 * functions; the wording a customer reads is at the end of this file.
 */

/** One basket line as the stock rules see it. */
export type StockLine = {
  variant_id: string
  quantity: number
  /** What the customer calls it, e.g. `Chocolate Celebration Cake (8")`. */
  name: string
  manage_inventory: boolean
  allow_backorder: boolean
  /** Medusa's variant–inventory-item links; `required_quantity` is more than 1 for kits. */
  inventory_items: { inventory_item_id: string; required_quantity: number }[]
}

/** What a stock location can still promise of an inventory item: stocked − reserved. */
export type StockLevel = {
  inventory_item_id: string
  location_id: string
  available: number
}

export type StockShortage = {
  inventory_item_id: string
  /** Null when the sales channel has no stock location at all. */
  location_id: string | null
  available: number
  /** Units of the inventory item the basket needs there. */
  requested: number
  /** The lines drawing on it, with the units each needs of it. */
  lines: { line: StockLine; required_quantity: number }[]
}

/** Lines whose stock is counted: made-to-order and backorderable variants are never limited. */
export const isLimited = (line: StockLine) =>
  line.manage_inventory && !line.allow_backorder && line.quantity > 0

/** The inventory items a basket's limited lines draw on, sorted (the order locks are taken in). */
export function limitedInventoryItemIds(lines: StockLine[]): string[] {
  const ids = new Set(lines.filter(isLimited).flatMap((line) => line.inventory_items.map((i) => i.inventory_item_id)))
  return [...ids].sort()
}

const levelKey = (locationId: string, inventoryItemId: string) => `${locationId}\u0000${inventoryItemId}`

const indexLevels = (levels: StockLevel[]) =>
  new Map(levels.map((level) => [levelKey(level.location_id, level.inventory_item_id), level.available]))

/**
 * The stock location Medusa will reserve a line's units at: the first of the
 * channel's locations holding enough for that line alone, else the first
 * stocking the item at all, else the first (as Medusa's
 * prepareConfirmInventoryInput decides, which reserveInventoryStep then uses).
 */
export function reservationLocation(
  locationIds: string[],
  placement: Map<string, number>,
  inventoryItemId: string,
  units: number
): string | null {
  const enough = locationIds.find((id) => (placement.get(levelKey(id, inventoryItemId)) ?? 0) >= units)
  const stocked = locationIds.find((id) => placement.has(levelKey(id, inventoryItemId)))
  return enough ?? stocked ?? locationIds[0] ?? null
}

/**
 * Every inventory item and stock location the basket needs more of than is
 * available, or [] when the basket fits.
 *
 * - `location_ids`: the sales channel's stock locations, in Medusa's order.
 * - `levels`: availability to check the sums against (read under the lock at completion).
 * - `placement_levels`: availability Medusa chooses each line's location from
 *   (at completion its snapshot of the cart, taken before the lock); defaults to `levels`.
 * - `inventory_item_ids`: judge only these items, the ones a basket change asks more of,
 *   so a basket that was already over never blocks an unrelated change.
 */
export function findStockShortages({
  lines,
  location_ids,
  levels,
  placement_levels = levels,
  inventory_item_ids,
}: {
  lines: StockLine[]
  location_ids: string[]
  levels: StockLevel[]
  placement_levels?: StockLevel[]
  inventory_item_ids?: string[]
}): StockShortage[] {
  const available = indexLevels(levels)
  const placement = indexLevels(placement_levels)
  const judged = inventory_item_ids ? new Set(inventory_item_ids) : null
  const demand = new Map<string, StockShortage>()

  for (const line of lines.filter(isLimited)) {
    for (const { inventory_item_id, required_quantity } of line.inventory_items) {
      if (judged && !judged.has(inventory_item_id)) {
        continue
      }
      const units = required_quantity * line.quantity
      const location_id = reservationLocation(location_ids, placement, inventory_item_id, units)
      const key = levelKey(location_id ?? "", inventory_item_id)
      const entry = demand.get(key) ?? {
        inventory_item_id,
        location_id,
        available: location_id ? available.get(key) ?? 0 : 0,
        requested: 0,
        lines: [],
      }
      entry.requested += units
      entry.lines.push({ line, required_quantity })
      demand.set(key, entry)
    }
  }
  return [...demand.values()].filter((entry) => entry.requested > entry.available)
}

/** A reservation an order should have and has not: its completion's process died before writing it. */
export type MissingReservation = {
  line_item_id: string
  inventory_item_id: string
  location_id: string
  quantity: number
  allow_backorder: boolean
  /** Fewer units were left than the order took (sold meanwhile): reserved anyway, as the order exists. */
  short: boolean
}

/**
 * The reservations Medusa's completion would have written for these order
 * lines (every line whose variant manages inventory, one per inventory item,
 * at the location Medusa would pick) that `reserved` does not hold yet;
 * `reserved` has `${line_item_id}:${inventory_item_id}` pairs.
 */
export function placeMissingReservations({
  lines,
  reserved,
  location_ids,
  levels,
}: {
  lines: (StockLine & { item_id: string })[]
  reserved: Set<string>
  location_ids: string[]
  levels: StockLevel[]
}): MissingReservation[] {
  const available = indexLevels(levels)
  const missing: MissingReservation[] = []
  for (const line of lines.filter((line) => line.manage_inventory && line.quantity > 0)) {
    for (const { inventory_item_id, required_quantity } of line.inventory_items) {
      if (reserved.has(`${line.item_id}:${inventory_item_id}`)) {
        continue
      }
      const units = required_quantity * line.quantity
      const location_id = reservationLocation(location_ids, available, inventory_item_id, units)
      if (!location_id) {
        continue
      }
      const key = levelKey(location_id, inventory_item_id)
      const left = available.get(key) ?? 0
      const short = !line.allow_backorder && left < units
      available.set(key, left - units)
      missing.push({
        line_item_id: line.item_id,
        inventory_item_id,
        location_id,
        quantity: units,
        allow_backorder: line.allow_backorder || short,
        short,
      })
    }
  }
  return missing
}

const listNames = (names: string[]) =>
  names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`

/**
 * The sentence a customer reads, counted in what they ordered: "Only 3
 * Chocolate Fudge Cake left — your basket has 4." A kit needing 2 of an item
 * counts kits; products sharing one item are named together.
 */
export function describeStockShortage(shortage: StockShortage): string {
  const names = [...new Set(shortage.lines.map(({ line }) => line.name))]
  const perUnit = [...new Set(shortage.lines.map(({ required_quantity }) => required_quantity))]
  // Lines needing different amounts of the item (rare) can only be counted in the item's units.
  const each = perUnit.length === 1 ? perUnit[0] : 1
  const left = Math.max(0, Math.floor(shortage.available / each))
  const inBasket =
    perUnit.length === 1 ? shortage.lines.reduce((sum, { line }) => sum + line.quantity, 0) : shortage.requested

  if (names.length === 1) {
    return left === 0
      ? `Sorry, ${names[0]} is sold out — your basket has ${inBasket}.`
      : `Only ${left} ${names[0]} left — your basket has ${inBasket}.`
  }
  return left === 0
    ? `Sorry, ${listNames(names)} are sold out — your basket has ${inBasket} between them.`
    : `Only ${left} left of ${listNames(names)} together — your basket has ${inBasket}.`
}

/** What a line is called in a stock message: the product, and the variant when the product has several. */
export function stockLineName(productTitle: string, variantTitle: string | null | undefined, variantCount: number) {
  return variantCount > 1 && variantTitle ? `${productTitle} (${variantTitle})` : productTitle
}
