import { model } from "@medusajs/framework/utils"

/** A day the shop takes no pickups or deliveries (holiday, oven repairs…). */
const BlackoutDate = model.define("blackout_date", {
  id: model.id({ prefix: "blkdt" }).primaryKey(),
  /** Calendar day in the shop's time zone, "YYYY-MM-DD". */
  date: model.text().unique(),
  reason: model.text(),
})

export default BlackoutDate
