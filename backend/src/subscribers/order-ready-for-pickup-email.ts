import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderEmailWorkflow } from "../workflows/send-order-email"

/**
 * Maya fulfilling a pickup order means it is boxed and waiting at the counter.
 * Delivery orders get their email when the shipment leaves instead.
 */
export default async function orderReadyForPickupEmail({
  event: { data, name },
  container,
}: SubscriberArgs<{ order_id: string; fulfillment_id: string; no_notification?: boolean }>) {
  if (data.no_notification) {
    return
  }
  await sendOrderEmailWorkflow(container).run({
    input: {
      order_id: data.order_id,
      emails: [{ template: "ready-for-pickup" }],
      slot_type: "pickup",
      trigger: name,
    },
  })
}

export const config: SubscriberConfig = {
  event: "order.fulfillment_created",
  context: { subscriberId: "order-ready-for-pickup-email" },
}
