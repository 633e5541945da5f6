import { Module } from "@medusajs/framework/utils"
import BakePlanModuleService from "./service"

/**
 * The daily bake plan: how many of each thing the kitchen makes per day, and
 * the units orders have taken of it. A module of its own rather than part of
 * scheduling: scheduling decides *when* an order changes hands (slots, hours,
 * closed days), the plan decides *what* the kitchen can make on a day, and
 * custom cakes will draw on the same daily capacity. The two meet only in
 * workflows, which read the shop's time zone and days from scheduling.
 */
export const BAKE_PLAN_MODULE = "bakePlan"

export default Module(BAKE_PLAN_MODULE, {
  service: BakePlanModuleService,
})
