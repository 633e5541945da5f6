import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { emailSealKey, sealPasswordReset } from "../lib/emails"
import { sendPasswordResetEmailWorkflow } from "../workflows/send-password-reset-email"

/**
 * `POST /auth/customer/emailpass/reset-password` emits this with the email as
 * `entity_id`. Admin users reset through Medusa's dashboard, not the shop.
 */
export default async function passwordResetEmail({
  event: { data, name },
  container,
}: SubscriberArgs<{ entity_id: string; token: string; actor_type: string }>) {
  if (data.actor_type !== "customer") {
    return
  }
  await sendPasswordResetEmailWorkflow(container).run({
    input: { ...sealPasswordReset(data.entity_id, data.token, emailSealKey(), new Date()), trigger: name },
  })
}

export const config: SubscriberConfig = {
  event: "auth.password_reset",
  context: { subscriberId: "password-reset-email" },
}
