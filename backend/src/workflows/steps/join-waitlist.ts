import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WAITLIST_MODULE } from "../../modules/waitlist"
import type WaitlistModuleService from "../../modules/waitlist/service"
import { loadVariantAvailability, wantedKey } from "../variant-availability"

export type JoinWaitlistInput = { email: string; variant_id: string; date: string | null }

/**
 * Signs an email up for a sold-out variant (for a day, when on the bake
 * plan). Something that can be ordered now is refused with a 400 saying so; a
 * second sign-up for the same thing is the first one. The compensation
 * removes a new sign-up.
 */
export const joinWaitlistStep = createStep(
  "join-waitlist",
  async (input: JoinWaitlistInput, { container }) => {
    const wanted = { variant_id: input.variant_id, date: input.date }
    const { facts, available } = await loadVariantAvailability(container, [wanted])
    const variant = facts.get(input.variant_id)
    if (!variant?.published) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "We could not find that product. Please reload the page.")
    }
    if (input.date && !variant.on_plan) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${variant.product_title} is sold from stock, not by the day: sign up without a day.`)
    }
    if (available.has(wantedKey(wanted))) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${variant.product_title} can be ordered${input.date ? " for that day" : ""} right now — no need to wait.`
      )
    }
    const waitlist: WaitlistModuleService = container.resolve(WAITLIST_MODULE)
    const [already] = await waitlist.listWaitlistEntries({ email: input.email, variant_id: input.variant_id, date: input.date, notified_at: null })
    if (already) {
      return new StepResponse(already, null)
    }
    const entry = await waitlist.createWaitlistEntries({ ...input, product_id: variant.product_id })
    return new StepResponse(entry, entry.id)
  },
  async (id, { container }) => {
    if (id) {
      const waitlist: WaitlistModuleService = container.resolve(WAITLIST_MODULE)
      await waitlist.deleteWaitlistEntries(id)
    }
  }
)
