import { Module } from "@medusajs/framework/utils"
import SchedulingModuleService from "./service"

export const SCHEDULING_MODULE = "scheduling"

export { DEFAULT_SCHEDULE_SETTINGS } from "./default-settings"
export type { ScheduleSettings } from "./default-settings"

export default Module(SCHEDULING_MODULE, {
  service: SchedulingModuleService,
})
