import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCollectionsWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedCollection } from "../catalog-schema"

/** The catalog's collections by handle, the missing ones created. Returns handle → id. */
export async function ensureCollections(container: MedusaContainer, collections: SeedCollection[]): Promise<Map<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_collection",
    fields: ["id", "handle"],
    filters: { handle: collections.map((c) => c.handle) },
  })
  const ids = new Map<string, string>(data.map((c) => [c.handle, c.id]))
  const missing = collections.filter((c) => !ids.has(c.handle))
  if (missing.length) {
    const { result } = await createCollectionsWorkflow(container).run({
      input: { collections: missing.map((c) => ({ title: c.title, handle: c.handle })) },
    })
    result.forEach((c) => ids.set(c.handle, c.id))
  }
  return ids
}
