import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  ORDER_EMAIL_FIELDS,
  orderNotifications,
  type GraphOrder,
  type OrderNotificationsInput,
} from "../lib/emails"
import { retrieveEmailShopStep } from "./steps/retrieve-email-shop"
import { sendEmailNotificationsStep } from "./steps/send-email-notifications"
import { signOrderLinkStep } from "./steps/sign-order-link"

export type SendOrderEmailInput = OrderNotificationsInput & { order_id: string }

/**
 * Sends order emails (confirmation, Maya's alert, ready, out for delivery,
 * canceled) rendered from the order as it is now.
 */
export const sendOrderEmailWorkflow = createWorkflow(
  "send-order-email",
  (input: SendOrderEmailInput) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [...ORDER_EMAIL_FIELDS, "sales_channel_id"],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    })
    const shopInput = transform({ orders }, ({ orders }) => ({
      sales_channel_id: orders[0].sales_channel_id,
    }))
    const shop = retrieveEmailShopStep(shopInput)
    const orderToken = signOrderLinkStep({ order_id: input.order_id })
    const notifications = transform({ input, orders, shop, orderToken }, ({ input, orders, shop, orderToken }) =>
      orderNotifications(input, orders[0] as unknown as GraphOrder, shop, orderToken)
    )
    const sent = sendEmailNotificationsStep(notifications)
    return new WorkflowResponse(sent)
  }
)
