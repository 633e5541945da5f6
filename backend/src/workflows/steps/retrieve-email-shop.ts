import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { shopDetails, type ShopDetails } from "../../lib/emails"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"

export type RetrieveEmailShopInput = {
  /** The order's sales channel, whose stock location is the pickup counter. */
  sales_channel_id?: string | null
}

type Location = { name?: string | null; address?: Record<string, string | null> | null }

/**
 * What the emails say about the shop: the store's name, the address of the
 * stock location pickups are collected from, and the time zone of Maya's
 * schedule (every slot is shown in it).
 */
export const retrieveEmailShopStep = createStep(
  "retrieve-email-shop",
  async (input: RetrieveEmailShopInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const scheduling: SchedulingModuleService = container.resolve(SCHEDULING_MODULE)

    const { data: stores } = await query.graph({ entity: "store", fields: ["name"] })
    let location: Location | undefined
    if (input.sales_channel_id) {
      const { data: channels } = await query.graph({
        entity: "sales_channel",
        fields: ["stock_locations.name", "stock_locations.address.*"],
        filters: { id: input.sales_channel_id },
      })
      location = (channels[0]?.stock_locations ?? []).find(Boolean) as Location | undefined
    }
    if (!location) {
      const { data: locations } = await query.graph({
        entity: "stock_location",
        fields: ["name", "address.*"],
        pagination: { take: 1, order: { created_at: "ASC" } },
      })
      location = locations[0] as Location | undefined
    }
    const schedule = await scheduling.retrieveShopSchedule()

    const shop: ShopDetails = shopDetails(
      {
        location: {
          name: stores[0]?.name || location?.name,
          address: location?.address ?? null,
        },
        time_zone: schedule.timezone,
      },
      process.env
    )
    return new StepResponse(shop)
  }
)
