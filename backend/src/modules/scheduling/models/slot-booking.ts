import { model } from "@medusajs/framework/utils"

/**
 * One place taken in a pickup or delivery slot. It is created while the cart
 * completes (so capacity is enforced under a lock) and gets its order_id once
 * the order exists.
 */
const SlotBooking = model.define("slot_booking", {
  id: model.id({ prefix: "slotbk" }).primaryKey(),
  cart_id: model.text().unique(),
  order_id: model.text().index().nullable(),
  type: model.enum(["pickup", "delivery"]),
  slot_start: model.dateTime().index(),
  slot_end: model.dateTime(),
})

export default SlotBooking
