import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { UndeliveredEmail } from "./list-undelivered-emails"

/**
 * Sends each email again as a new notification pointing back at the first
 * attempt, so the history of every try stays in the Notification module.
 * No compensation: an email that went out cannot be taken back.
 */
export const resendEmailsStep = createStep(
  "resend-emails",
  async (emails: UndeliveredEmail[], { container }) => {
    const notificationModule = container.resolve(Modules.NOTIFICATION)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

    let resent = 0
    for (const email of emails) {
      try {
        await notificationModule.createNotifications({
          to: email.to,
          from: email.from,
          channel: email.channel,
          template: email.template,
          data: email.data,
          trigger_type: email.trigger_type,
          resource_id: email.resource_id,
          resource_type: email.resource_type,
          receiver_id: email.receiver_id,
          original_notification_id: email.id,
        })
        resent++
      } catch (error) {
        logger.warn(
          `Retrying email ${email.id} to ${email.to} failed; trying again later. ${(error as Error).message}`
        )
        // Most likely the mail server is still down: leave the rest for the
        // next run instead of waiting out a timeout for each of them.
        break
      }
    }
    return new StepResponse({ resent, waiting: emails.length - resent })
  }
)
