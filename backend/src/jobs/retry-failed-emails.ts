import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { retryFailedEmailsWorkflow } from "../workflows/retry-failed-emails"

/**
 * Why a job: Medusa 2.21's local event bus only logs a failed subscriber, and
 * the Redis bus retries only when `attempts` is configured. The Notification
 * module, though, records every email with its status, so this job finds the
 * failed ones each minute and sends them again (with backoff, for a day).
 */
export default async function retryFailedEmailsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await retryFailedEmailsWorkflow(container).run()
  if (result.resent || result.waiting) {
    logger.info(
      `Failed emails: ${result.resent} sent again, ${result.waiting} still waiting for the mail server.`
    )
  }
}

export const config = {
  name: "retry-failed-emails",
  schedule: "* * * * *",
}
