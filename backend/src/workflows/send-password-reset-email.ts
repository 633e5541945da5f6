import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { passwordResetNotification, type SealedPasswordReset } from "../lib/emails"
import { retrieveEmailShopStep } from "./steps/retrieve-email-shop"
import { sendEmailNotificationsStep } from "./steps/send-email-notifications"

/** The token arrives sealed, so neither this workflow's input nor the notification record holds it in plain text. */
export type SendPasswordResetEmailInput = SealedPasswordReset & {
  trigger: string
}

/** Emails a customer the storefront link that sets a new password. */
export const sendPasswordResetEmailWorkflow = createWorkflow(
  "send-password-reset-email",
  (input: SendPasswordResetEmailInput) => {
    const shop = retrieveEmailShopStep({})
    const notifications = transform({ input, shop }, ({ input, shop }) => [
      passwordResetNotification(input, shop),
    ])
    const sent = sendEmailNotificationsStep(notifications)
    return new WorkflowResponse(sent)
  }
)
