import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { upsertBakeryProfilesWorkflow } from "@sweet-crumbs/backend/workflows/upsert-bakery-profiles"
import type { SeedProduct } from "../catalog-schema"

/** Allergens, dietary tags, lead time and inscription length of every product follow the data on every run. */
export async function ensureBakeryProfiles(container: MedusaContainer, products: SeedProduct[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: all } = await query.graph({
    entity: "product",
    fields: ["id", "handle"],
    filters: { handle: products.map((p) => p.handle) },
  })
  const idByHandle = new Map(all.map((p) => [p.handle, p.id]))
  await upsertBakeryProfilesWorkflow(container).run({
    input: {
      profiles: products.map((p) => ({
        product_id: idByHandle.get(p.handle)!,
        allergens_contains: [...p.allergens.contains],
        allergens_may_contain: [...p.allergens.may_contain],
        dietary_tags: [...p.dietary_tags],
        lead_time_hours: p.lead_time_hours,
        inscription_max_length: p.inscription_max_length,
      })),
    },
  })
}
