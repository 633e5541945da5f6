import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"
import type { BlackoutDate } from "../../modules/scheduling/slot-calendar"

/** Closes the shop for pickups and deliveries on one day. */
export const createSlotBlackoutDateStep = createStep(
  "create-slot-blackout-date",
  async (input: BlackoutDate, { container }) => {
    const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
    const [existing] = await scheduling.listBlackoutDates({ date: input.date })
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${input.date} is already a closed day (${existing.reason}).`
      )
    }
    const created = await scheduling.createBlackoutDates(input)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
    await scheduling.deleteBlackoutDates(id)
  }
)
