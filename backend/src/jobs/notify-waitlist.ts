import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notifyWaitlistWorkflow } from "../workflows/notify-waitlist"

/**
 * Every five minutes, the worker tells the customers who asked that a
 * sold-out product or day can be ordered again (Maya raised the plan or the
 * stock, or an order was canceled).
 */
export default async function notifyWaitlistJob(container: MedusaContainer) {
  const { result } = await notifyWaitlistWorkflow(container).run({ input: { now: new Date().toISOString() } })
  if (result.length) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Told ${result.length} customers their sold-out bake is back.`)
  }
}

export const config = {
  name: "notify-waitlist",
  schedule: "*/5 * * * *",
}
