import { Module } from "@medusajs/framework/utils"
import BakeryProductModuleService from "./service"

export const BAKERY_PRODUCT_MODULE = "bakeryProduct"

export default Module(BAKERY_PRODUCT_MODULE, {
  service: BakeryProductModuleService,
})
