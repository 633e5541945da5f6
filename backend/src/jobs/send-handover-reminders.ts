import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendHandoverRemindersWorkflow } from "../workflows/send-handover-reminders"

/**
 * Every ten minutes, the worker sends the reminders whose evening has come
 * (REMINDER_SEND_AT, default 18:00 in the shop's time zone). Each order's
 * reminder is recorded under its own key before it is sent, so a restarted
 * worker, a second worker or a run that overlaps the last never sends it twice.
 */
export default async function sendHandoverRemindersJob(container: MedusaContainer) {
  const { result } = await sendHandoverRemindersWorkflow(container).run({ input: { now: new Date().toISOString() } })
  if (result.length) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Sent ${result.length} pickup and delivery reminders for tomorrow.`)
  }
}

export const config = {
  name: "send-handover-reminders",
  schedule: "*/10 * * * *",
}
