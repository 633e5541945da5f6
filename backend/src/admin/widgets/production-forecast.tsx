import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import type { ProductionSheet } from "../../lib/production-sheet/types"
import { addDays, formatBakeDay, formatSlotTime } from "../lib/format"
import { productionSheetQuery } from "../routes/production/production-sheet-query"

/** Above the order list: today's and tomorrow's load, per bake plan group and per slot. */
const ProductionForecastWidget = () => {
  // "Today" is the shop's today, which only the server knows; tomorrow follows from it.
  const today = useQuery(productionSheetQuery())
  const tomorrowDate = today.data ? addDays(today.data.date, 1) : undefined
  const tomorrow = useQuery({ ...productionSheetQuery(tomorrowDate), enabled: !!tomorrowDate })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Baking ahead</Heading>
        <Link to="/production" className="text-ui-fg-interactive txt-compact-small-plus">
          Production sheet
        </Link>
      </div>
      <div className="grid grid-cols-1 divide-y md:grid-cols-2 md:divide-x md:divide-y-0">
        <DayForecast label="Today" sheet={today.data} failed={today.isError} />
        <DayForecast label="Tomorrow" sheet={tomorrow.data} failed={tomorrow.isError} />
      </div>
    </Container>
  )
}

const DayForecast = ({ label, sheet, failed }: { label: string; sheet?: ProductionSheet; failed: boolean }) => {
  const orders = sheet?.slots.reduce((sum, slot) => sum + slot.orders.length, 0) ?? 0
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <div className="flex items-baseline justify-between gap-x-2">
        <Text size="small" weight="plus">
          {label}
          {sheet && <span className="text-ui-fg-subtle font-normal"> · {formatBakeDay(sheet.date, "short")}</span>}
        </Text>
        {sheet && (
          <Link to={`/production?date=${sheet.date}`} className="text-ui-fg-interactive txt-compact-small">
            {orders} {orders === 1 ? "order" : "orders"}
          </Link>
        )}
      </div>
      {failed && (
        <Text size="small" className="text-ui-fg-error">
          Could not load the orders.
        </Text>
      )}
      {!sheet && !failed && <Text size="small">Loading…</Text>}
      {sheet && sheet.bake_plan.length > 0 && (
        <ul className="flex flex-col gap-y-1" aria-label={`${label}'s bake plan`}>
          {sheet.bake_plan.map((group) => (
            <li key={group.group_id} className="flex items-center justify-between gap-x-2">
              <Text size="small">{group.name}</Text>
              <Text size="small" className={group.left < 0 ? "text-ui-fg-error tabular-nums" : "tabular-nums"}>
                {group.ordered + group.pending} of {group.planned} {group.unit} · {group.left} left
              </Text>
            </li>
          ))}
        </ul>
      )}
      {sheet && !sheet.slots.length && (
        <Text size="small" className="text-ui-fg-subtle">
          No orders yet.
        </Text>
      )}
      {sheet && sheet.slots.length > 0 && (
        <ul className="flex flex-col gap-y-1">
          {sheet.slots.map((slot) => (
            <li key={`${slot.type}|${slot.start}`} className="flex items-center justify-between gap-x-2">
              <Text size="small">
                {formatSlotTime(slot.start, sheet.timezone)} – {formatSlotTime(slot.end, sheet.timezone)}
              </Text>
              <div className="flex items-center gap-x-2">
                <Badge size="2xsmall" color={slot.type === "pickup" ? "blue" : "orange"}>
                  {slot.type === "pickup" ? "Pickup" : "Delivery"}
                </Badge>
                <Text size="small" className="tabular-nums">
                  {slot.orders.length}
                </Text>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

export const config = defineWidgetConfig({
  zone: "order.list.before",
})

export default ProductionForecastWidget
