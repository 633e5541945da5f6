import { shop } from "../../../seed/data/shop"
import type { ShopAddress } from "./medusa/types"

export interface ShopContact {
  address: ShopAddress
  phone: string | null
}

/**
 * Where the shop is: the stock location from the seed data (the store API only exposes the
 * location through a cart's shipping options, and the bakery settings route does not carry it).
 */
export const SHOP_CONTACT: ShopContact = {
  address: shop.stock_location.address,
  phone: shop.stock_location.address.phone ?? null,
}
