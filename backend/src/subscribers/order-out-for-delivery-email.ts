import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendOrderEmailWorkflow } from "../workflows/send-order-email"

/** A delivery order's shipment is created when it leaves the bakery. */
export default async function orderOutForDeliveryEmail({
  event: { data, name },
  container,
}: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (data.no_notification) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: fulfillments } = await query.graph({
    entity: "fulfillment",
    fields: ["id", "order.id"],
    filters: { id: data.id },
  })
  const orderId = fulfillments[0]?.order?.id
  if (!orderId) {
    // Shipments of returns and claims have no order of their own to email about.
    return
  }
  await sendOrderEmailWorkflow(container).run({
    input: {
      order_id: orderId,
      emails: [{ template: "out-for-delivery" }],
      slot_type: "delivery",
      trigger: name,
    },
  })
}

export const config: SubscriberConfig = {
  event: "shipment.created",
  context: { subscriberId: "order-out-for-delivery-email" },
}
