import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { releaseOrderBakePlanWorkflow } from "../workflows/release-order-bake-plan"

export default async function orderCanceledReleaseBakePlan({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await releaseOrderBakePlanWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "order-canceled-release-bake-plan" },
}
