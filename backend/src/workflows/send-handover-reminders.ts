import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { buildHandoverRemindersStep } from "./steps/build-handover-reminders"
import { listDueHandoverRemindersStep } from "./steps/list-due-handover-reminders"
import { retrieveEmailShopStep } from "./steps/retrieve-email-shop"
import { sendEmailNotificationsStep } from "./steps/send-email-notifications"

const LOCK = "send-handover-reminders"

/**
 * Sends the evening-before reminders due at `now` (ISO; the job passes the
 * clock, tests pass their own). One run at a time across processes (Redis
 * lock when REDIS_URL is set): a second worker's run waits, then finds every
 * reminder recorded. Returns the ids of the notifications sent.
 */
export const sendHandoverRemindersWorkflow = createWorkflow("send-handover-reminders", (input: { now: string }) => {
  // The TTL frees the key if a process dies mid-run.
  acquireLockStep({ key: LOCK, timeout: 120, ttl: 300 })
  const due = listDueHandoverRemindersStep(input)
  const shop = retrieveEmailShopStep({})
  const notifications = buildHandoverRemindersStep({ due, shop, now: input.now })
  const sent = sendEmailNotificationsStep(notifications)
  releaseLockStep({ key: LOCK })
  return new WorkflowResponse(sent)
})
