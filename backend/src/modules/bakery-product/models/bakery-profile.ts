import { model } from "@medusajs/framework/utils"

/**
 * What a customer must know about a baked product before ordering it:
 * allergens ("contains" and "may contain", the nine major US allergens),
 * dietary tags, how far ahead it must be ordered, and whether it takes an
 * inscription. One profile per product, joined through a read-only link.
 */
const BakeryProfile = model.define("bakery_profile", {
  id: model.id({ prefix: "bkp" }).primaryKey(),
  product_id: model.text().unique(),
  allergens_contains: model.array().default([]),
  allergens_may_contain: model.array().default([]),
  dietary_tags: model.array().default([]),
  lead_time_hours: model.number().default(0),
  inscription_max_length: model.number().nullable(),
})

export default BakeryProfile
