import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderEmailWorkflow } from "../workflows/send-order-email"

export default async function orderCanceledEmail({
  event: { data, name },
  container,
}: SubscriberArgs<{ id: string }>) {
  await sendOrderEmailWorkflow(container).run({
    input: { order_id: data.id, emails: [{ template: "order-canceled" }], trigger: name },
  })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "order-canceled-email" },
}
