import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { todayIn } from "../../lib/production-sheet"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"
import { WAITLIST_MODULE } from "../../modules/waitlist"
import type WaitlistModuleService from "../../modules/waitlist/service"
import { loadVariantAvailability, type VariantFacts, wantedKey } from "../variant-availability"

export type WaitlistAnswer = { entry_id: string; email: string; date: string | null; variant: VariantFacts }

/**
 * The sign-ups whose wait is over at `now`: not yet answered, for a day not
 * yet past, and the variant (for that day) can be ordered again — because
 * Maya raised the plan or the stock, or an order was canceled.
 */
export const listWaitlistAnswersStep = createStep("list-waitlist-answers", async ({ now }: { now: string }, { container }) => {
  const waitlist: WaitlistModuleService = container.resolve(WAITLIST_MODULE)
  const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
  const today = todayIn((await scheduling.retrieveShopSchedule()).timezone, new Date(now))
  const pending = (await waitlist.listWaitlistEntries({ notified_at: null }, { select: ["id", "email", "variant_id", "date"] })).filter(
    (entry) => !entry.date || entry.date >= today
  )
  const { facts, available } = await loadVariantAvailability(
    container,
    pending.map((entry) => ({ variant_id: entry.variant_id, date: entry.date ?? null }))
  )
  const answers: WaitlistAnswer[] = pending
    .filter((entry) => available.has(wantedKey({ variant_id: entry.variant_id, date: entry.date ?? null })) && facts.get(entry.variant_id)?.published)
    .map((entry) => ({ entry_id: entry.id, email: entry.email, date: entry.date ?? null, variant: facts.get(entry.variant_id)! }))
  return new StepResponse(answers)
})
