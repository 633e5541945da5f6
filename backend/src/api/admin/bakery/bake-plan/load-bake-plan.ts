import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { todayIn } from "../../../../lib/production-sheet"
import { SCHEDULING_MODULE } from "../../../../modules/scheduling"
import type SchedulingModuleService from "../../../../modules/scheduling/service"
import type { BakePlanGroupView } from "./types"

/**
 * Maya's bake plan as the admin shows it: each group with its variants
 * (product and variant titles through the read-only link) and its date
 * overrides from today on, in the shop's time zone.
 */
export async function loadBakePlanGroups(container: MedusaContainer, id?: string): Promise<BakePlanGroupView[]> {
  const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
  const today = todayIn((await scheduling.retrieveShopSchedule()).timezone)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: groups } = await query.graph({
    entity: "bake_plan_group",
    fields: [
      "id",
      "name",
      "unit",
      "weekday_quantities",
      "items.id",
      "items.variant_id",
      "items.product_id",
      "items.units",
      "items.product_variant.title",
      "items.product_variant.sku",
      "items.product_variant.product.title",
      "overrides.id",
      "overrides.date",
      "overrides.quantity",
      "overrides.reason",
    ],
    filters: id ? { id } : {},
  })
  if (id && !groups.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No bake plan group with id ${id}.`)
  }
  return groups
    .map((group: any) => ({
      id: group.id,
      name: group.name,
      unit: group.unit,
      weekday_quantities: group.weekday_quantities,
      items: (group.items ?? [])
        .map((item: any) => ({
          id: item.id,
          variant_id: item.variant_id,
          product_id: item.product_id,
          units: item.units,
          product_title: item.product_variant?.product?.title ?? null,
          variant_title: item.product_variant?.title ?? null,
          sku: item.product_variant?.sku ?? null,
        }))
        .sort((a: any, b: any) => (a.product_title ?? "").localeCompare(b.product_title ?? "", "en", { numeric: true }) || (a.variant_title ?? "").localeCompare(b.variant_title ?? "", "en", { numeric: true })),
      overrides: (group.overrides ?? [])
        .filter((override: any) => override.date >= today)
        .map(({ id, date, quantity, reason }: any) => ({ id, date, quantity, reason: reason ?? null }))
        .sort((a: any, b: any) => a.date.localeCompare(b.date)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name))
}
