import { MedusaService } from "@medusajs/framework/utils"
import BakeryProfile from "./models/bakery-profile"

class BakeryProductModuleService extends MedusaService({ BakeryProfile }) {}

export default BakeryProductModuleService
