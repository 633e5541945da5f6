/**
 * Whether a variant can be ordered now — for a day, when it is on the bake
 * plan, or from stock on hand — for "tell me when it's back": the sign-up
 * refuses what can be had, the notify job writes to those whose wait is over.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getTotalVariantAvailability } from "@medusajs/framework/utils"
import { BAKE_PLAN_MODULE } from "../modules/bake-plan"
import { listProductDays } from "../modules/bake-plan/bake-days"
import type BakePlanModuleService from "../modules/bake-plan/service"
import { loadPlanBook, loadShopDays } from "./bake-plan-context"

export type WantedVariant = { variant_id: string; date: string | null }

export type VariantFacts = {
  variant_id: string
  product_id: string
  handle: string
  product_title: string
  variant_title: string | null
  published: boolean
  on_plan: boolean
}

export const wantedKey = ({ variant_id, date }: WantedVariant) => `${variant_id}|${date ?? ""}`

/**
 * The variants' facts and, per wanted (variant, day), whether it can be
 * ordered: on the plan, the day (or, without one, any open day up to the
 * booking horizon) has room for one more; off the plan, Medusa has stock or
 * does not count it. Unknown variants are left out.
 */
export async function loadVariantAvailability(
  container: MedusaContainer,
  wanted: WantedVariant[]
): Promise<{ facts: Map<string, VariantFacts>; available: Set<string> }> {
  const variantIds = [...new Set(wanted.map((w) => w.variant_id))]
  const facts = new Map<string, VariantFacts>()
  const available = new Set<string>()
  if (!variantIds.length) {
    return { facts, available }
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "manage_inventory",
      "allow_backorder",
      "product.id",
      "product.handle",
      "product.title",
      "product.status",
      "product.bakery_profile.lead_time_hours",
    ],
    filters: { id: variantIds },
  })
  const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
  const items = await bakePlan.listPlanItems(variantIds)
  const planned = new Set(items.map((item) => item.variant_id))
  const stock = await getTotalVariantAvailability(query, { variant_ids: variantIds.filter((id) => !planned.has(id)) })

  for (const variant of variants as any[]) {
    facts.set(variant.id, {
      variant_id: variant.id,
      product_id: variant.product?.id,
      handle: variant.product?.handle,
      product_title: variant.product?.title,
      variant_title: variant.title ?? null,
      published: variant.product?.status === "published",
      on_plan: planned.has(variant.id),
    })
  }
  for (const want of wanted) {
    const variant: any = variants.find((v: any) => v.id === want.variant_id)
    if (!variant || planned.has(variant.id)) {
      continue
    }
    const left = stock[variant.id]?.availability ?? 0
    if (!variant.manage_inventory || variant.allow_backorder || left > 0) {
      available.add(wantedKey(want))
    }
  }

  // Planned variants: the product page's own day listing, per notice (lead time).
  const plannedWants = wanted.filter((w) => planned.has(w.variant_id))
  const leadTimeOf = (variantId: string) =>
    Number((variants as any[]).find((v) => v.id === variantId)?.product?.bakery_profile?.lead_time_hours) || 0
  for (const leadTime of new Set(plannedWants.map((w) => leadTimeOf(w.variant_id)))) {
    const wants = plannedWants.filter((w) => leadTimeOf(w.variant_id) === leadTime)
    const { today, last_day, days } = await loadShopDays(container, { type: "pickup", lead_time_hours: leadTime })
    const book = await loadPlanBook(container, { group_ids: [...new Set(items.map((i) => i.group_id))], from: today, to: last_day })
    const listed = listProductDays({ book, items, variant_ids: [...new Set(wants.map((w) => w.variant_id))], days, today })
    for (const want of wants) {
      const hasRoom = listed.some(
        (day) => (!want.date || day.date === want.date) && (day.variants.find((v) => v.variant_id === want.variant_id)?.left ?? 0) > 0
      )
      if (hasRoom) {
        available.add(wantedKey(want))
      }
    }
  }
  return { facts, available }
}
