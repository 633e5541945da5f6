import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { passwordResetNotification } from "../lib/emails"
import { retrieveEmailShopStep } from "./steps/retrieve-email-shop"
import { sendEmailNotificationsStep } from "./steps/send-email-notifications"

export type SendPasswordResetEmailInput = {
  email: string
  token: string
  trigger: string
}

/** Emails a customer the storefront link that sets a new password. */
export const sendPasswordResetEmailWorkflow = createWorkflow(
  "send-password-reset-email",
  (input: SendPasswordResetEmailInput) => {
    const shop = retrieveEmailShopStep({})
    const notifications = transform({ input, shop }, ({ input, shop }) => [
      passwordResetNotification(input, shop, new Date()),
    ])
    const sent = sendEmailNotificationsStep(notifications)
    return new WorkflowResponse(sent)
  }
)
