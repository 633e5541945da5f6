import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createShippingOptionsWorkflow, createShippingProfilesWorkflow } from "@medusajs/medusa/core-flows"
import type { ShopSetup } from "../../data/shop"

export type ShippingOptionIds = { pickup: string; delivery: string }

/**
 * "Pickup at the shop" and "Local delivery", found by name; when missing,
 * created in a fulfillment set served from the bakery's stock location.
 */
export async function ensureShippingOptions(
  container: MedusaContainer,
  shop: ShopSetup,
  { stockLocationId, regionId }: { stockLocationId: string; regionId: string }
): Promise<ShippingOptionIds> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const { data: existing } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "type.code"],
    filters: { name: [shop.shipping.pickup.name, shop.shipping.delivery.name] },
  })
  const idFor = (code: string) => existing.find((o) => o.type?.code === code)?.id
  if (idFor("pickup") && idFor("delivery")) {
    return { pickup: idFor("pickup")!, delivery: idFor("delivery")! }
  }
  const shippingProfileId = await ensureShippingProfile(container)
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: shop.fulfillment_set_name,
    type: "shipping",
    service_zones: [
      { name: "Brooklyn", geo_zones: [{ type: "country", country_code: "us" }] },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  const option = (o: ShopSetup["shipping"]["pickup" | "delivery"]) => ({
    name: o.name,
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: fulfillmentSet.service_zones[0].id,
    shipping_profile_id: shippingProfileId,
    type: { label: o.name, description: o.description, code: o.code },
    prices: [
      { currency_code: shop.region.currency_code, amount: o.price },
      { region_id: regionId, amount: o.price },
    ],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
      { attribute: "is_return", value: "false", operator: "eq" as const },
    ],
  })
  const { result } = await createShippingOptionsWorkflow(container).run({
    input: [option(shop.shipping.pickup), option(shop.shipping.delivery)],
  })
  return { pickup: result[0].id, delivery: result[1].id }
}

/** Medusa's migrations usually create the default profile; a bare test database may not have it. */
export async function ensureShippingProfile(container: MedusaContainer): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shipping_profile",
    fields: ["id"],
    filters: { type: "default" },
  })
  if (data[0]) {
    return data[0].id as string
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  return result[0].id
}
