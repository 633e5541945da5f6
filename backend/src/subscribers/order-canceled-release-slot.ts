import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { releaseOrderSlotWorkflow } from "../workflows/release-order-slot"

export default async function orderCanceledReleaseSlot({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await releaseOrderSlotWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "order-canceled-release-slot" },
}
