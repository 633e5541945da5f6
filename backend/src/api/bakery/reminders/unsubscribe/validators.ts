import { z } from "@medusajs/framework/zod"

export const UnsubscribeFromReminders = z.object({
  email: z.string().trim().email({ message: "This unsubscribe link is incomplete: it has no email address." }),
  token: z.string().trim().min(1, { message: "This unsubscribe link is incomplete." }).max(200),
})

export type UnsubscribeFromRemindersType = z.infer<typeof UnsubscribeFromReminders>
