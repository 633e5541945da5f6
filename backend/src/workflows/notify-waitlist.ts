import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { buildBackInStockEmailsStep } from "./steps/build-back-in-stock-emails"
import { listWaitlistAnswersStep } from "./steps/list-waitlist-answers"
import { markWaitlistAnsweredStep } from "./steps/mark-waitlist-answered"
import { retrieveEmailShopStep } from "./steps/retrieve-email-shop"
import { sendEmailNotificationsStep } from "./steps/send-email-notifications"

const LOCK = "notify-waitlist"

/**
 * Writes to everyone whose "tell me when it's back" can be ordered again at
 * `now`, once each: every email has its own key, runs take a lock across
 * processes, and the sign-up is marked answered. An email that failed is the
 * retry job's; its sign-up is marked on the next run. Returns the answered sign-up ids.
 */
export const notifyWaitlistWorkflow = createWorkflow("notify-waitlist", (input: { now: string }) => {
  acquireLockStep({ key: LOCK, timeout: 120, ttl: 300 })
  const answers = listWaitlistAnswersStep(input)
  const shop = retrieveEmailShopStep({})
  sendEmailNotificationsStep(buildBackInStockEmailsStep({ answers, shop }))
  const answered = markWaitlistAnsweredStep(
    transform({ answers, input }, ({ answers, input }) => ({ entry_ids: answers.map((a) => a.entry_id), at: input.now }))
  )
  releaseLockStep({ key: LOCK })
  return new WorkflowResponse(answered)
})
