import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { EmailNotification, ShopDetails } from "../../lib/emails"
import { joinUrl } from "../../lib/emails/format"
import type { WaitlistAnswer } from "./list-waitlist-answers"

export const backInStockKey = (entryId: string) => `back-in-stock:${entryId}`

/** One email per answered sign-up, under its own key, so it goes out once however often the job runs. Writes nothing. */
export const buildBackInStockEmailsStep = createStep(
  "build-back-in-stock-emails",
  async ({ answers, shop }: { answers: WaitlistAnswer[]; shop: ShopDetails }) => {
    const notifications: EmailNotification[] = answers.map(({ entry_id, email, date, variant }) => ({
      to: email,
      channel: "email",
      template: "back-in-stock",
      data: {
        product_title: variant.product_title,
        variant_title: variant.variant_title,
        date,
        product_url: joinUrl(shop.storefront_url, `products/${variant.handle}`),
        shop_name: shop.name,
      },
      trigger_type: "back-in-stock",
      resource_id: entry_id,
      resource_type: "waitlist_entry",
      idempotency_key: backInStockKey(entry_id),
    }))
    return new StepResponse(notifications)
  }
)
