import {
  errorHandler,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { BAKE_PLAN_CONFLICT_CODES } from "../../../../../workflows/bake-plan-context"
import { SLOT_CONFLICT_CODES } from "../../../../../workflows/fulfillment-slot-context"

const medusaErrorHandler = errorHandler()
const slotCodes: string[] = [...Object.values(SLOT_CONFLICT_CODES), ...Object.values(BAKE_PLAN_CONFLICT_CODES)]

/**
 * Medusa answers every 409 with "The request conflicted with another
 * request…". A customer whose slot (or bake day) filled up needs to hear which
 * time or day is still free, so those conflicts keep their message; every other error goes
 * to Medusa's own handler unchanged.
 */
export function slotConflictErrorHandler(
  error: any,
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (error?.type === MedusaError.Types.CONFLICT && slotCodes.includes(error.code)) {
    res.status(409).json({ type: error.type, code: error.code, message: error.message })
    return
  }
  return medusaErrorHandler(error, req, res, next)
}
