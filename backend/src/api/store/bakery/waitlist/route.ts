import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { joinWaitlistWorkflow } from "../../../../workflows/join-waitlist"
import type { StoreJoinWaitlistType } from "./validators"

/** "Tell me when it's back": no account needed; one email when it can be ordered again. */
export const POST = async (req: MedusaRequest<StoreJoinWaitlistType>, res: MedusaResponse) => {
  const { email, variant_id, date } = req.validatedBody
  const { result } = await joinWaitlistWorkflow(req.scope).run({ input: { email, variant_id, date: date ?? null } })
  res.status(201).json({ waitlist_entry: { id: result.id, variant_id: result.variant_id, date: result.date } })
}
