import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import StripePaymentService from "./service"

/**
 * Registered with id "stripe", so the provider keeps Medusa's id
 * `pp_stripe_stripe` and its webhook URL `/hooks/payment/stripe_stripe`.
 */
export default ModuleProvider(Modules.PAYMENT, {
  services: [StripePaymentService],
})
