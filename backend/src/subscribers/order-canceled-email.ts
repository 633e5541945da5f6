import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendOrderEmailWorkflow } from "../workflows/send-order-email"

export default async function orderCanceledEmail({
  event: { data, name },
  container,
}: SubscriberArgs<{ id: string }>) {
  // An order canceled without notification (an unfinished checkout's, see cancelOrphanedOrdersStep) was never announced.
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ["no_notification"], filters: { id: data.id } })
  if (orders[0]?.no_notification) {
    return
  }
  await sendOrderEmailWorkflow(container).run({
    input: { order_id: data.id, emails: [{ template: "order-canceled" }], trigger: name },
  })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "order-canceled-email" },
}
