import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { formatSlotDay, formatSlotTime } from "../lib/format"
import { sdk } from "../lib/sdk"

type FulfillmentSlot = { type: "pickup" | "delivery"; start: string; end: string }

function readSlot(metadata: Record<string, unknown> | null | undefined): FulfillmentSlot | null {
  const slot = metadata?.fulfillment_slot as Partial<FulfillmentSlot> | undefined
  if (!slot || (slot.type !== "pickup" && slot.type !== "delivery") || !slot.start || !slot.end) {
    return null
  }
  return slot as FulfillmentSlot
}

/** The cake writing the customer asked for, per line (Medusa's item list does not show line metadata). */
function readInscriptions(order: AdminOrder): { id: string; title: string; inscription: string }[] {
  return (order.items ?? []).flatMap((item) => {
    const inscription = item.metadata?.inscription
    return typeof inscription === "string" && inscription ? [{ id: item.id, title: item.product_title ?? item.title, inscription }] : []
  })
}

/**
 * When the order is collected or delivered (in the shop's time zone, not the
 * viewer's), with the customer's note and inscriptions: what the kitchen needs
 * on one card. Customer text is rendered as text by React, never as markup.
 */
const OrderFulfillmentSlotWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const slot = readSlot(order.metadata)
  const note = typeof order.metadata?.order_note === "string" ? order.metadata.order_note : ""
  const inscriptions = readInscriptions(order)
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
    body = (
      <div className="flex flex-col gap-y-1">
        <Text size="small" weight="plus">
          {formatSlotDay(slot.start, timeZone)}
        </Text>
        <Text size="small">
          {formatSlotTime(slot.start, timeZone)} – {formatSlotTime(slot.end, timeZone)}
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
        <Heading level="h2">Pickup & delivery</Heading>
        {slot && <Badge size="2xsmall">{slot.type === "pickup" ? "Pickup" : "Local delivery"}</Badge>}
      </div>
      <div className="px-6 py-4">{body}</div>
      {note && (
        <div className="flex flex-col gap-y-1 px-6 py-4" data-testid="order-note">
          <Text size="small" weight="plus">
            Note from the customer
          </Text>
          <Text size="small" className="whitespace-pre-wrap break-words">
            {note}
          </Text>
        </div>
      )}
      {inscriptions.length > 0 && (
        <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="order-inscriptions">
          <Text size="small" weight="plus">
            Inscriptions
          </Text>
          {inscriptions.map(({ id, title, inscription }) => (
            <div key={id}>
              <Text size="small" className="text-ui-fg-subtle">
                {title}
              </Text>
              <Text size="small" className="break-words">
                “{inscription}”
              </Text>
            </div>
          ))}
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.before",
})

export default OrderFulfillmentSlotWidget
