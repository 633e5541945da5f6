import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  pickEmailsToRetry,
  retryWindowStart,
  type NotificationAttempt,
} from "../../lib/emails"

export type UndeliveredEmail = NotificationAttempt & {
  to: string
  from?: string | null
  channel: string
  template: string
  trigger_type?: string | null
  resource_id?: string | null
  resource_type?: string | null
  receiver_id?: string | null
}

/** One run resends at most this many, so a long outage drains over a few minutes. */
const BATCH_SIZE = 50

/** Emails that failed (or hang half-sent) and are due another attempt now. */
export const listUndeliveredEmailsStep = createStep(
  "list-undelivered-emails",
  async (_: void, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const now = new Date()

    const { data: roots } = await query.graph({
      entity: "notification",
      fields: [
        "id",
        "status",
        "created_at",
        "original_notification_id",
        "to",
        "from",
        "channel",
        "template",
        "data",
        "trigger_type",
        "resource_id",
        "resource_type",
        "receiver_id",
      ],
      filters: {
        channel: "email",
        status: ["failure", "pending"],
        original_notification_id: null,
        created_at: { $gte: retryWindowStart(now) },
      },
    })
    const { data: retries } = roots.length
      ? await query.graph({
          entity: "notification",
          fields: ["id", "status", "created_at", "original_notification_id"],
          filters: { original_notification_id: roots.map((root) => root.id) },
        })
      : { data: [] }

    const due = pickEmailsToRetry(
      roots as UndeliveredEmail[],
      retries as NotificationAttempt[],
      now
    ) as UndeliveredEmail[]
    return new StepResponse(due.slice(0, BATCH_SIZE))
  }
)
