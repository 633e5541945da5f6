import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { listUndeliveredEmailsStep } from "./steps/list-undelivered-emails"
import { resendEmailsStep } from "./steps/resend-emails"

/** Sends again the emails an SMTP outage (or a crash mid-send) kept from going out. */
export const retryFailedEmailsWorkflow = createWorkflow("retry-failed-emails", () => {
  const emails = listUndeliveredEmailsStep()
  const result = resendEmailsStep(emails)
  return new WorkflowResponse(result)
})
