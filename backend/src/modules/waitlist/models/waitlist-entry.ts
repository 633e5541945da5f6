import { model } from "@medusajs/framework/utils"

/**
 * A customer's "tell me when it's back": an email, the variant that was sold
 * out and, for products on the bake plan, the day they wanted it (null: any
 * day, or stock on hand). Notified once, then kept with `notified_at`.
 */
const WaitlistEntry = model.define("waitlist_entry", {
  id: model.id({ prefix: "wlist" }).primaryKey(),
  email: model.text().index(),
  product_id: model.text(),
  variant_id: model.text().index(),
  /** The pickup or delivery day in the shop's time zone, "YYYY-MM-DD", or null for any. */
  date: model.text().nullable(),
  notified_at: model.dateTime().index().nullable(),
})

export default WaitlistEntry
