import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"

/** Reopens a closed day; the compensation closes it again with the same reason. */
export const deleteSlotBlackoutDateStep = createStep(
  "delete-slot-blackout-date",
  async (id: string, { container }) => {
    const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
    // Throws NOT_FOUND (404) for an unknown id.
    const blackout = await scheduling.retrieveBlackoutDate(id)
    await scheduling.deleteBlackoutDates(id)
    return new StepResponse(undefined, { id: blackout.id, date: blackout.date, reason: blackout.reason })
  },
  async (deleted, { container }) => {
    if (!deleted) {
      return
    }
    const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
    await scheduling.createBlackoutDates(deleted)
  }
)
