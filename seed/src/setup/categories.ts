import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow, updateProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedCategory } from "../catalog-schema"

/** The catalog's categories by handle: missing ones created in catalog order, the others' names and descriptions updated. Returns handle → id. */
export async function ensureCategories(container: MedusaContainer, categories: SeedCategory[]): Promise<Map<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_category",
    fields: ["id", "handle"],
    filters: { handle: categories.map((c) => c.handle) },
  })
  const ids = new Map<string, string>(data.map((c) => [c.handle, c.id]))
  const missing = categories.filter((c) => !ids.has(c.handle))
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((c, i) => ({
          name: c.name,
          handle: c.handle,
          description: c.description,
          is_active: true,
          rank: categories.indexOf(c) ?? i,
        })),
      },
    })
    result.forEach((c) => ids.set(c.handle, c.id))
  }
  for (const c of categories.filter((c) => !missing.includes(c))) {
    await updateProductCategoriesWorkflow(container).run({
      input: { selector: { id: ids.get(c.handle)! }, update: { name: c.name, description: c.description } },
    })
  }
  return ids
}
