import { Module } from "@medusajs/framework/utils"
import WaitlistModuleService from "./service"

/**
 * "Tell me when it's back": sign-ups for a sold-out product or day, and when
 * each was answered. Its own module: it watches both Medusa's stock and the
 * bake plan, and belongs to neither.
 */
export const WAITLIST_MODULE = "waitlist"

export default Module(WAITLIST_MODULE, {
  service: WaitlistModuleService,
})
