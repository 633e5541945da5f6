import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type { ScheduleSettings } from "../../modules/scheduling/default-settings"
import type SchedulingModuleService from "../../modules/scheduling/service"

type Undo = { created_id: string } | { id: string; previous: ScheduleSettings }

/**
 * Saves changed slot settings into the shop's single settings row, creating
 * it from the defaults the first time Maya saves.
 */
export const updateSlotSettingsStep = createStep(
  "update-slot-settings",
  async (changes: Partial<ScheduleSettings>, { container }) => {
    const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
    const { id, ...previous } = await scheduling.retrieveShopSchedule()
    if (!id) {
      const created = await scheduling.createScheduleSettings({ ...previous, ...changes })
      return new StepResponse(created, { created_id: created.id } as Undo)
    }
    const updated = await scheduling.updateScheduleSettings({ id, ...changes })
    return new StepResponse(updated, { id, previous } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
    if ("created_id" in undo) {
      await scheduling.deleteScheduleSettings(undo.created_id)
      return
    }
    await scheduling.updateScheduleSettings({ id: undo.id, ...undo.previous })
  }
)
