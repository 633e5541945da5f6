import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { saveBakePlanGroupWorkflow } from "@sweet-crumbs/backend/workflows/save-bake-plan-group"
import { bakePlan as defaultPlan, type SeedBakePlanGroup } from "../data/bake-plan"
import { type Catalog, CatalogValidationError, type CatalogIssue } from "./catalog"

const PLAN_FILE = "seed/data/bake-plan.ts"

/** A group with its products and the units of each of their variants, by SKU. */
export type ResolvedBakePlanGroup = Omit<SeedBakePlanGroup, "categories" | "handles" | "units_by_variant"> & {
  variants: { sku: string; units: number }[]
}

/**
 * Turns the plan's categories and handles into the catalog's variants, and
 * stops the seed before anything is written when the plan names a product
 * the catalog does not have, or puts one product on two groups.
 */
export function resolveBakePlan(catalog: Catalog, plan: SeedBakePlanGroup[] = defaultPlan): ResolvedBakePlanGroup[] {
  const issues: CatalogIssue[] = []
  const groupOf = new Map<string, string>()
  const resolved = plan.map(({ categories = [], handles = [], units_by_variant = {}, ...group }) => {
    for (const handle of handles.filter((h) => !catalog.products.some((p) => p.handle === h))) {
      issues.push({ file: PLAN_FILE, item: `group "${group.name}"`, path: "handles", message: `no product "${handle}" in the catalog` })
    }
    const products = catalog.products.filter((p) => categories.includes(p.category) || handles.includes(p.handle))
    for (const product of products) {
      const other = groupOf.get(product.handle)
      if (other) {
        issues.push({ file: PLAN_FILE, item: `group "${group.name}"`, message: `product "${product.handle}" is already on "${other}"` })
      }
      groupOf.set(product.handle, group.name)
    }
    return {
      ...group,
      variants: products.flatMap((p) => p.variants.map((v) => ({ sku: v.sku, units: units_by_variant[v.title] ?? 1 }))),
    }
  })
  if (issues.length) {
    throw new CatalogValidationError(issues)
  }
  return resolved
}

/**
 * Writes the bake plan once, through the same workflow as Maya's admin page
 * (so its variants hand their stock to the plan); a shop that already has a
 * plan keeps it untouched. Returns how many groups were written.
 */
export async function ensureBakePlan(container: MedusaContainer, plan: ResolvedBakePlanGroup[]): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({ entity: "bake_plan_group", fields: ["id"], pagination: { take: 1 } })
  if (existing.length) {
    return 0
  }
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku"],
    filters: { sku: plan.flatMap((group) => group.variants.map((v) => v.sku)) },
  })
  const idOf = new Map(variants.map((v: { id: string; sku: string | null }) => [v.sku, v.id]))
  for (const { variants: wanted, ...group } of plan) {
    await saveBakePlanGroupWorkflow(container).run({
      input: {
        ...group,
        items: wanted.filter((v) => idOf.has(v.sku)).map((v) => ({ variant_id: idOf.get(v.sku)!, units: v.units })),
      },
    })
  }
  return plan.length
}
