import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { BAKERY_PRODUCT_MODULE } from "../../../modules/bakery-product"
import type BakeryProductModuleService from "../../../modules/bakery-product/service"
import { ALLERGENS, DIETARY_TAGS } from "@sweet-crumbs/bakery-rules/allergens"
import { matchesBakeryFilters } from "../../../modules/bakery-product/filters"

const listOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values), z.array(z.enum(values))])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))

export const StoreBakeryProductFilters = z.object({
  dietary_tag: listOf(DIETARY_TAGS),
  free_from: listOf(ALLERGENS),
})

/**
 * Lets `GET /store/products` filter by dietary tag and "free from" allergen.
 * Medusa's own validator rejects unknown query params, so this runs first:
 * it takes our params off the query and narrows Medusa's `id` filter to the
 * matching products. Category, pagination and prices stay Medusa's.
 */
export async function applyBakeryProductFilters(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const query = req.query as Record<string, unknown>
  const parsed = StoreBakeryProductFilters.safeParse({
    dietary_tag: query.dietary_tag,
    free_from: query.free_from,
  })
  delete query.dietary_tag
  delete query.free_from
  if (!parsed.success) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Unknown filter: dietary_tag must be one of ${DIETARY_TAGS.join(", ")}; free_from must be one of ${ALLERGENS.join(", ")}.`
      )
    )
  }
  const filters = parsed.data
  if (!filters.dietary_tag.length && !filters.free_from.length) {
    return next()
  }

  const bakery: BakeryProductModuleService = req.scope.resolve(BAKERY_PRODUCT_MODULE)
  const profiles = await bakery.listBakeryProfiles(
    {},
    {
      select: ["product_id", "dietary_tags", "allergens_contains", "allergens_may_contain"],
    }
  )
  let ids = profiles
    .filter((profile) => matchesBakeryFilters(profile, filters))
    .map((profile) => profile.product_id)

  const requested = query.id === undefined ? null : [query.id].flat().map(String)
  if (requested) {
    ids = ids.filter((id) => requested.includes(id))
  }
  // An empty `id` list would mean "no filter" to Medusa; a sentinel keeps the result empty.
  query.id = ids.length ? ids : ["prod_none_match"]
  next()
}
