import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { addShippingMethodToCartWorkflow } from "@medusajs/medusa/core-flows"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import { deliveryAreaProblem } from "../../modules/scheduling/delivery-area"
import type SchedulingModuleService from "../../modules/scheduling/service"

/** Shipping option type code the seed gives "Local delivery". */
const DELIVERY_OPTION_CODE = "delivery"

/**
 * Refuses the "Local delivery" shipping option for addresses outside Maya's
 * ZIP codes or carts below the delivery minimum, before it is added, so the
 * customer hears about it while still choosing how to get their order.
 */
addShippingMethodToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const optionIds = (input.options ?? []).map((option) => option.id)
  if (!optionIds.length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "type.code"],
    filters: { id: optionIds },
  })
  if (!options.some((option: any) => option.type?.code === DELIVERY_OPTION_CODE)) {
    return
  }
  const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)
  const settings = await scheduling.retrieveShopSchedule()
  const problem = deliveryAreaProblem(settings, {
    postal_code: cart.shipping_address?.postal_code,
    item_subtotal: Number(cart.item_subtotal ?? 0),
    currency_code: cart.currency_code,
  })
  if (problem) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  }
})
