import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"

/**
 * The shop's own refusals (stock gone, a time that is not ours, an address we
 * do not deliver to): trying again will not change them. Anything else (a busy
 * lock, the database away) fails the run, and the next one tries again.
 */
const REFUSALS: string[] = [MedusaError.Types.INVALID_DATA, MedusaError.Types.NOT_ALLOWED]

export type PaidCartOutcome = { order_id: string | null; refusal: string | null }

/**
 * Places the order a paid card is waiting for, through Medusa's own
 * completion with all of our hooks; a refusal is returned, not thrown, so
 * the payment can be given back. An order placed is never undone here.
 */
export const completePaidCartStep = createStep(
  "complete-paid-cart",
  async ({ cart_id }: { cart_id: string }, { container }) => {
    const { result, errors } = await completeCartWorkflow(container).run({
      input: { id: cart_id },
      throwOnError: false,
    })
    const error = errors?.[0]?.error
    if (!error) {
      return new StepResponse<PaidCartOutcome>({ order_id: result.id, refusal: null })
    }
    if (REFUSALS.includes(error.type)) {
      return new StepResponse<PaidCartOutcome>({ order_id: null, refusal: error.message })
    }
    throw error
  }
)
