import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { EmailNotification } from "../../lib/emails"

/**
 * Records and sends emails through the Notification module, which stores
 * each one with its status before handing it to the mailer.
 *
 * An email whose idempotency key is already recorded is skipped whatever its
 * status: sent ones must not go twice, and failed ones belong to the
 * retry-failed-emails job (Medusa 2.21 re-sending a failed key through
 * createNotifications sends the email but then fails to update the record).
 *
 * Each email is sent on its own so one failure does not hold back the others;
 * failures are rethrown together afterwards so the event bus sees the
 * subscriber fail (and retries it when Redis retries are configured, which
 * this skip makes harmless).
 *
 * No compensation: an email that went out cannot be taken back.
 */
export const sendEmailNotificationsStep = createStep(
  "send-email-notifications",
  async (notifications: EmailNotification[], { container }) => {
    const notificationModule = container.resolve(Modules.NOTIFICATION)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

    const keys = notifications.map((n) => n.idempotency_key)
    const { data: recorded } = keys.length
      ? await query.graph({
          entity: "notification",
          fields: ["idempotency_key"],
          filters: { idempotency_key: keys },
        })
      : { data: [] }
    const known = new Set(recorded.map((n: { idempotency_key?: string | null }) => n.idempotency_key))

    const sent: string[] = []
    const failures: string[] = []
    for (const notification of notifications) {
      if (known.has(notification.idempotency_key)) {
        logger.info(
          `Email ${notification.idempotency_key} was already recorded; not sending it again.`
        )
        continue
      }
      try {
        const created = await notificationModule.createNotifications(notification)
        sent.push(created.id)
      } catch (error) {
        logger.warn(
          `Email ${notification.idempotency_key} to ${notification.to} failed; the retry-failed-emails job will send it again. ${(error as Error).message}`
        )
        failures.push(notification.idempotency_key)
      }
    }
    if (failures.length) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Could not send ${failures.join(", ")}; recorded for retry.`
      )
    }
    return new StepResponse(sent)
  }
)
