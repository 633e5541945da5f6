import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type {
  addToCartWorkflow,
  createCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { inscriptionProblem } from "@sweet-crumbs/bakery-rules/inscription"
import type { HookHandler, HookInput } from "../hook-handlers"

type ItemMetadata = { variant_id?: string | null; metadata?: Record<string, unknown> | null }

/** Rejects the first inscription that breaks its product's rules, naming the rule. */
async function assertInscriptions(items: ItemMetadata[], container: MedusaContainer) {
  const inscribed = items.filter((item) => item.metadata?.inscription !== undefined && item.variant_id)
  if (!inscribed.length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.title", "product.bakery_profile.inscription_max_length"],
    filters: { id: inscribed.map((item) => item.variant_id!) },
  })
  for (const item of inscribed) {
    const product = variants.find((v) => v.id === item.variant_id)?.product as
      | { title: string; bakery_profile?: { inscription_max_length: number | null } | null }
      | undefined
    const problem = inscriptionProblem(item.metadata!.inscription, {
      productTitle: product?.title ?? "This product",
      maxLength: product?.bakery_profile?.inscription_max_length ?? null,
    })
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    }
  }
}

// Registered in cart-workflow-hooks.ts, which runs every concern sharing a hook.
export const checkInscriptionsOnAddToCart: HookHandler<HookInput<typeof addToCartWorkflow.hooks.validate>> = {
  invoke: async ({ input }, { container }) => {
    await assertInscriptions(input.items ?? [], container)
  },
}

export const checkInscriptionsOnCreateCart: HookHandler<HookInput<typeof createCartWorkflow.hooks.validate>> = {
  invoke: async ({ input }, { container }) => {
    await assertInscriptions((input.items ?? []) as ItemMetadata[], container)
  },
}

export const checkInscriptionsOnLineUpdate: HookHandler<HookInput<typeof updateLineItemInCartWorkflow.hooks.validate>> = {
  invoke: async ({ input, cart }, { container }) => {
    const metadata = input.update?.metadata
    // An empty inscription on a line already in the basket takes it off (Medusa's
    // metadata merge drops keys set to ""); a new line with one is still refused.
    if (!metadata || metadata.inscription === undefined || metadata.inscription === "") {
      return
    }
    const item = cart.items?.find((i: { id: string }) => i.id === input.item_id)
    await assertInscriptions([{ variant_id: item?.variant_id, metadata }], container)
  },
}
