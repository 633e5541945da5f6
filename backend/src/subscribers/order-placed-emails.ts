import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OrderEmailRequest } from "../lib/emails"
import { sendOrderEmailWorkflow } from "../workflows/send-order-email"

/**
 * Confirms the order to the customer and tells Maya about it. Runs after the
 * order is committed, so a mail outage never touches checkout; failed emails
 * are recorded and the retry-failed-emails job sends them later.
 */
export default async function orderPlacedEmails({
  event: { data, name },
  container,
}: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const emails: OrderEmailRequest[] = [{ template: "order-confirmation" }]
  const shopEmail = process.env.SHOP_EMAIL
  if (shopEmail) {
    emails.push({ template: "new-order-alert", to: shopEmail })
  } else {
    logger.info(`SHOP_EMAIL is not set; no new-order alert for order ${data.id}.`)
  }
  await sendOrderEmailWorkflow(container).run({
    input: { order_id: data.id, emails, trigger: name },
  })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "order-placed-emails" },
}
