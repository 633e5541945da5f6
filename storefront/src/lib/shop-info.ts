import { shop } from "../../../seed/data/shop"
import type { BakerySettings, ShopAddress } from "./medusa/types"

export interface ShopContact {
  address: ShopAddress
  phone: string | null
  email: string | null
}

/**
 * Where the shop is. The settings route may carry it; otherwise it is the stock location from the
 * seed data (the store API only exposes the location through a cart's shipping options).
 */
export function shopContact(settings: BakerySettings | null): ShopContact {
  const address = settings?.address?.address_1 ? settings.address : shop.stock_location.address
  return {
    address,
    phone: settings?.phone ?? address.phone ?? null,
    email: settings?.email ?? null,
  }
}
