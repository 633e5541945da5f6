import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REMINDERS_OFF_KEY } from "../../lib/reminders"

type Previous = { id: string; metadata: Record<string, unknown> | null }[]

/**
 * Marks every customer record with this email (a guest's and an account's
 * alike) as wanting no pickup or delivery reminders; the compensation puts
 * their metadata back. Returns how many records were marked.
 */
export const turnOffRemindersStep = createStep(
  "turn-off-reminders",
  async ({ email, at }: { email: string; at: string }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const found = await customers.listCustomers({ email: email.trim().toLowerCase() }, { select: ["id", "metadata"] })
    const previous: Previous = found.map((c) => ({ id: c.id, metadata: (c.metadata as Record<string, unknown> | null) ?? null }))
    for (const customer of previous) {
      if (!customer.metadata?.[REMINDERS_OFF_KEY]) {
        await customers.updateCustomers(customer.id, { metadata: { ...(customer.metadata ?? {}), [REMINDERS_OFF_KEY]: at } })
      }
    }
    return new StepResponse(previous.length, previous)
  },
  async (previous, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    for (const customer of previous ?? []) {
      await customers.updateCustomers(customer.id, { metadata: customer.metadata })
    }
  }
)
