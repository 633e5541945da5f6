/**
 * Reads what the stock rules need from Medusa — a basket's lines with their
 * variants' inventory items, the sales channel's stock locations and what
 * each can still promise — so the add-to-cart, line-update and completion
 * hooks all judge a basket from the same facts with the same pure functions
 * (src/lib/cart-stock.ts).
 */
import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  describeStockShortage,
  stockLineName,
  type StockLevel,
  type StockLine,
  type StockShortage,
} from "../lib/cart-stock"

/** A basket line before its variant is looked up; `id` is the cart line's, absent for one being added. */
export type BasketItem = { id?: string; variant_id?: string | null; quantity: BigNumberInput }

export type BasketStock = {
  lines: (StockLine & { item_id?: string })[]
  /** The sales channel's stock locations, in the order Medusa meets them. */
  location_ids: string[]
  /** As read with the variants; the completion hook re-reads them under its lock. */
  levels: StockLevel[]
}

const VARIANT_STOCK_FIELDS = [
  "id",
  "title",
  "manage_inventory",
  "allow_backorder",
  "product_id",
  "product.title",
  "inventory_items.inventory_item_id",
  "inventory_items.required_quantity",
  "inventory_items.inventory.location_levels.location_id",
  "inventory_items.inventory.location_levels.stocked_quantity",
  "inventory_items.inventory.location_levels.reserved_quantity",
]

type LevelFields = {
  location_id: string
  stocked_quantity?: unknown
  reserved_quantity?: unknown
  raw_stocked_quantity?: { value: string } | null
  raw_reserved_quantity?: { value: string } | null
}

const available = (level: LevelFields) =>
  Number(level.raw_stocked_quantity?.value ?? level.stocked_quantity ?? 0) -
  Number(level.raw_reserved_quantity?.value ?? level.reserved_quantity ?? 0)

/** The lines of a cart, as they are now (the calling workflow holds Medusa's lock on the cart). */
export async function retrieveBasket(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "sales_channel_id", "items.id", "items.variant_id", "items.quantity"],
    filters: { id: cartId },
  })
  const cart = data[0] as any
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id '${cartId}' not found`)
  }
  return {
    sales_channel_id: (cart.sales_channel_id ?? null) as string | null,
    items: (cart.items ?? []).filter(Boolean) as BasketItem[],
  }
}

/** The stock facts of a basket: one StockLine per item with a variant, and what the channel's locations have. */
export async function loadBasketStock(
  container: MedusaContainer,
  { sales_channel_id, items }: { sales_channel_id: string | null; items: BasketItem[] }
): Promise<BasketStock> {
  const withVariant = items.filter((item) => item.variant_id)
  if (!withVariant.length) {
    return { lines: [], location_ids: [], levels: [] }
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: variants }, { data: channelLocations }] = await Promise.all([
    query.graph({
      entity: "product_variant",
      fields: VARIANT_STOCK_FIELDS,
      filters: { id: [...new Set(withVariant.map((item) => item.variant_id!))] },
    }),
    sales_channel_id
      ? query.graph({
          entity: "sales_channel_locations",
          fields: ["stock_location_id"],
          filters: { sales_channel_id },
        })
      : Promise.resolve({ data: [] as { stock_location_id: string }[] }),
  ])
  const channel = new Set(channelLocations.map((link: any) => link.stock_location_id as string))
  const byId = new Map(variants.map((variant: any) => [variant.id, variant]))
  // The size is named only for products that come in several: Chocolate Celebration Cake (8").
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "variants.id"],
    filters: { id: [...new Set(variants.map((variant: any) => variant.product_id as string))] },
  })
  const variantCount = new Map(products.map((product: any) => [product.id, (product.variants ?? []).length]))

  const lines: BasketStock["lines"] = []
  const locationIds = new Set<string>()
  const levels = new Map<string, StockLevel>()
  for (const item of withVariant) {
    const variant = byId.get(item.variant_id!) as any
    if (!variant) {
      continue
    }
    const links = (variant.inventory_items ?? []).filter(Boolean)
    lines.push({
      item_id: item.id,
      variant_id: variant.id,
      quantity: MathBN.convert(item.quantity).toNumber(),
      name: stockLineName(variant.product?.title ?? variant.title, variant.title, variantCount.get(variant.product_id) ?? 1),
      manage_inventory: !!variant.manage_inventory,
      allow_backorder: !!variant.allow_backorder,
      inventory_items: links.map((link: any) => ({
        inventory_item_id: link.inventory_item_id,
        required_quantity: Number(link.required_quantity ?? 1),
      })),
    })
    for (const link of links) {
      for (const level of (link.inventory?.location_levels ?? []).filter(Boolean) as LevelFields[]) {
        if (!channel.has(level.location_id)) {
          continue
        }
        locationIds.add(level.location_id)
        levels.set(`${level.location_id}:${link.inventory_item_id}`, {
          inventory_item_id: link.inventory_item_id,
          location_id: level.location_id,
          available: available(level),
        })
      }
    }
  }
  // A location of the channel that stocks none of these items still counts (Medusa lists it too).
  channel.forEach((id) => locationIds.add(id))
  return { lines, location_ids: [...locationIds], levels: [...levels.values()] }
}

/** Stocked − reserved as the inventory module has it right now (never cached). */
export async function readLatestLevels(
  container: MedusaContainer,
  inventoryItemIds: string[],
  locationIds: string[]
): Promise<StockLevel[]> {
  if (!inventoryItemIds.length || !locationIds.length) {
    return []
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels(
    { inventory_item_id: inventoryItemIds, location_id: locationIds },
    { select: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"] }
  )
  return levels.map((level) => ({
    inventory_item_id: level.inventory_item_id,
    location_id: level.location_id,
    available: available(level as unknown as LevelFields),
  }))
}

/**
 * The levels in completeCartWorkflow's own read of the cart, taken before any
 * hook ran: Medusa picks each line's reservation location from these.
 */
export function snapshotLevels(cart: { items?: any[] | null }): StockLevel[] {
  return (cart.items ?? []).flatMap((item: any) =>
    (item?.variant?.inventory_items ?? []).flatMap((link: any) =>
      ((link?.inventory?.location_levels ?? []).filter(Boolean) as LevelFields[]).map((level) => ({
        inventory_item_id: link.inventory_item_id,
        location_id: level.location_id,
        available: available(level),
      }))
    )
  )
}

/** Refuses the basket change or completion with the customer's sentence for each shortage. */
export function throwStockShortages(shortages: StockShortage[]) {
  if (shortages.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      shortages.map(describeStockShortage).join(" "),
      MedusaError.Codes.INSUFFICIENT_INVENTORY
    )
  }
}
