import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

type FulfillmentSlot = { type: "pickup" | "delivery"; start: string; end: string }

function readSlot(metadata: Record<string, unknown> | null | undefined): FulfillmentSlot | null {
  const slot = metadata?.fulfillment_slot as Partial<FulfillmentSlot> | undefined
  if (!slot || (slot.type !== "pickup" && slot.type !== "delivery") || !slot.start || !slot.end) {
    return null
  }
  return slot as FulfillmentSlot
}

/** When the order is collected or delivered, shown in the shop's time zone (not the viewer's). */
const OrderFulfillmentSlotWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const slot = readSlot(order.metadata)
  const { data } = useQuery({
    queryKey: ["bakery-schedule"],
    queryFn: () => sdk.client.fetch<{ settings: { timezone: string } }>("/admin/bakery/schedule"),
    enabled: !!slot,
  })
  const timeZone = data?.settings.timezone

  let body: React.ReactNode
  if (!slot) {
    body = (
      <Text size="small" className="text-ui-fg-subtle">
        No pickup or delivery time was chosen for this order.
      </Text>
    )
  } else if (!timeZone) {
    body = <Text size="small">Loading…</Text>
  } else {
    const day = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long", month: "long", day: "numeric", year: "numeric" })
    const time = new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit" })
    body = (
      <div className="flex flex-col gap-y-1">
        <Text size="small" weight="plus">
          {day.format(new Date(slot.start))}
        </Text>
        <Text size="small">
          {time.format(new Date(slot.start))} – {time.format(new Date(slot.end))}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {timeZone.replace(/_/g, " ")} time
        </Text>
      </div>
    )
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Pickup & delivery time</Heading>
        {slot && <Badge size="2xsmall">{slot.type === "pickup" ? "Pickup" : "Local delivery"}</Badge>}
      </div>
      <div className="px-6 py-4">{body}</div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.before",
})

export default OrderFulfillmentSlotWidget
