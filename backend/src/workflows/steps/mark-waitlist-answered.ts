import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WAITLIST_MODULE } from "../../modules/waitlist"
import type WaitlistModuleService from "../../modules/waitlist/service"

/** The sign-ups whose email went out (or was recorded for retry) are answered; compensation reopens them. */
export const markWaitlistAnsweredStep = createStep(
  "mark-waitlist-answered",
  async ({ entry_ids, at }: { entry_ids: string[]; at: string }, { container }) => {
    const waitlist: WaitlistModuleService = container.resolve(WAITLIST_MODULE)
    if (entry_ids.length) {
      await waitlist.updateWaitlistEntries(entry_ids.map((id) => ({ id, notified_at: new Date(at) })))
    }
    return new StepResponse(entry_ids, entry_ids)
  },
  async (entryIds, { container }) => {
    if (entryIds?.length) {
      const waitlist: WaitlistModuleService = container.resolve(WAITLIST_MODULE)
      await waitlist.updateWaitlistEntries(entryIds.map((id) => ({ id, notified_at: null })))
    }
  }
)
