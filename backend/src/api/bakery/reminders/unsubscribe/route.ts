import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { escapeHtml } from "../../../../lib/emails/format"
import { orderLinkSecret } from "../../../../lib/order-access"
import { isReminderUnsubscribeToken } from "../../../../lib/reminders"
import { turnOffRemindersWorkflow } from "../../../../workflows/turn-off-reminders"
import type { UnsubscribeFromRemindersType } from "./validators"

/*
 * The link at the bottom of every reminder. Opening it shows a button and
 * changes nothing (mail scanners open links too); pressing the button turns
 * the reminders off for that email.
 */

function page(res: MedusaResponse, status: number, title: string, body: string) {
  res
    .status(status)
    .type("html")
    .send(
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>` +
        `<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#4a3426;background:#fffaf3"><h1 style="font-weight:normal">${title}</h1>${body}</body></html>`
    )
}

function validLink(req: MedusaRequest<unknown, UnsubscribeFromRemindersType>, res: MedusaResponse): boolean {
  const { email, token } = req.validatedQuery
  const secret = orderLinkSecret()
  if (secret && isReminderUnsubscribeToken(email, token, secret)) {
    return true
  }
  page(res, 400, "This link does not work", "<p>This unsubscribe link is not valid. Please use the link in your latest reminder email, or call the bakery.</p>")
  return false
}

export const GET = async (req: MedusaRequest<unknown, UnsubscribeFromRemindersType>, res: MedusaResponse) => {
  if (validLink(req, res)) {
    const email = escapeHtml(req.validatedQuery.email)
    page(
      res,
      200,
      "Stop reminders?",
      `<p>We email <strong>${email}</strong> the evening before each pickup or delivery. Order confirmations and updates still come.</p>` +
        `<form method="post"><button type="submit" style="font-size:1rem;padding:.6rem 1.2rem">Stop reminders</button></form>`
    )
  }
}

export const POST = async (req: MedusaRequest<unknown, UnsubscribeFromRemindersType>, res: MedusaResponse) => {
  if (validLink(req, res)) {
    await turnOffRemindersWorkflow(req.scope).run({ input: { email: req.validatedQuery.email, at: new Date().toISOString() } })
    page(res, 200, "Reminders stopped", `<p>You won't get reminders before your pickups and deliveries any more. Thank you for ordering from us!</p>`)
  }
}
