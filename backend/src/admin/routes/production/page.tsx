import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, ChefHat, ChevronLeft, ChevronRight, DocumentText } from "@medusajs/icons"
import { Badge, Button, Container, Heading, IconButton, Input, Table, Text, toast } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useSearchParams } from "react-router-dom"
import type { BakePlanLoad, ProductionOrder, ProductionSheet, ProductionSlot } from "../../../lib/production-sheet/types"
import { errorMessage } from "../../lib/error-message"
import { addDays, formatBakeDay, formatSlotTime } from "../../lib/format"
import { sdk } from "../../lib/sdk"
import { productionSheetQuery } from "./production-sheet-query"

/*
 * On paper only the sheet remains: every element on the path from <body> to
 * the sheet becomes a plain block, and everything beside that path (Medusa's
 * sidebar, top bar, toasts) is hidden. Written against the path rather than
 * the dashboard's class names, which change between Medusa releases.
 */
const PRINT_CSS = `
@media print {
  @page { size: A4; margin: 12mm; }
  :has(#production-sheet) > :not(:has(#production-sheet)):not(#production-sheet) { display: none !important; }
  :has(#production-sheet) {
    display: block !important; position: static !important; width: auto !important; max-width: none !important;
    height: auto !important; min-height: 0 !important; max-height: none !important; overflow: visible !important;
    margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important; background: #fff !important;
  }
  #production-sheet { color: #000; font-size: 10.5pt; }
  #production-sheet * { color: #000 !important; background: transparent !important; box-shadow: none !important; }
  #production-sheet .production-no-print { display: none !important; }
  #production-sheet .production-section { border: 1px solid #999 !important; border-radius: 0 !important; margin-bottom: 4mm; }
  #production-sheet .production-slots { break-before: page; }
  #production-sheet .production-slot-heading { break-after: avoid; }
  #production-sheet .production-order { break-inside: avoid; }
  #production-sheet .production-inscription { border: 1.5px solid #000 !important; }
}
`

const ProductionPage = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  // Without ?date the server answers with today in the shop's time zone.
  const requested = searchParams.get("date")
  const [exporting, setExporting] = useState(false)

  const { data: sheet, isLoading, isError, error } = useQuery(productionSheetQuery(requested ?? undefined))
  const date = requested ?? sheet?.date ?? ""

  const showDate = (next: string) => setSearchParams(next ? { date: next } : {})

  async function exportCsv() {
    setExporting(true)
    try {
      const response = await sdk.client.fetch<Response>("/admin/bakery/production/export", {
        query: { date },
        headers: { accept: "text/csv" },
      })
      const url = URL.createObjectURL(await response.blob())
      const link = document.createElement("a")
      link.href = url
      link.download = `production-${date}.csv`
      link.click()
      URL.revokeObjectURL(url)
    } catch (e) {
      toast.error(errorMessage(e))
    } finally {
      setExporting(false)
    }
  }

  const orderCount = sheet?.slots.reduce((sum, slot) => sum + slot.orders.length, 0) ?? 0

  return (
    <div id="production-sheet" className="flex flex-col gap-y-3">
      <style>{PRINT_CSS}</style>
      <Container className="production-section flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading>Production sheet</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {date ? formatBakeDay(date) : "Today"}
            {sheet && ` · ${orderCount} ${orderCount === 1 ? "order" : "orders"} · times in ${sheet.timezone.replace(/_/g, " ")}`}
          </Text>
        </div>
        <div className="production-no-print flex flex-wrap items-center gap-2">
          <IconButton size="small" variant="transparent" aria-label="Previous day" disabled={!date} onClick={() => showDate(addDays(date, -1))}>
            <ChevronLeft />
          </IconButton>
          <Input
            type="date"
            size="small"
            aria-label="Bake day"
            value={date}
            onChange={(event) => showDate(event.target.value)}
          />
          <IconButton size="small" variant="transparent" aria-label="Next day" disabled={!date} onClick={() => showDate(addDays(date, 1))}>
            <ChevronRight />
          </IconButton>
          <Button size="small" variant="secondary" disabled={!requested} onClick={() => showDate("")}>
            Today
          </Button>
          <Button size="small" variant="secondary" disabled={!sheet || exporting} isLoading={exporting} onClick={exportCsv}>
            <ArrowDownTray />
            Export CSV
          </Button>
          <Button size="small" variant="secondary" disabled={!sheet} onClick={() => window.print()}>
            <DocumentText />
            Print
          </Button>
        </div>
      </Container>

      {isLoading && (
        <Container className="px-6 py-4">
          <Text size="small">Loading the sheet…</Text>
        </Container>
      )}
      {isError && (
        <Container className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {errorMessage(error)}
          </Text>
        </Container>
      )}
      {sheet && sheet.bake_plan.length > 0 && <PlanSection plan={sheet.bake_plan} />}
      {sheet && (sheet.slots.length ? <Sheet sheet={sheet} /> : <QuietDay />)}
    </div>
  )
}

/** The day's bake plan: what the kitchen planned per group, what orders took and what is left to sell. */
const PlanSection = ({ plan }: { plan: BakePlanLoad[] }) => (
  <Container className="production-section divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">Bake plan</Heading>
    </div>
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Group</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Planned</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Ordered</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Left</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {plan.map((group) => (
          <Table.Row key={group.group_id}>
            <Table.Cell>
              {group.name} <span className="text-ui-fg-subtle">({group.unit})</span>
              {group.over_plan_orders.length > 0 && (
                <Text size="small" className="text-ui-fg-error">
                  Over the plan: card orders {group.over_plan_orders.map((n) => `#${n}`).join(", ")} were paid before the day filled up
                </Text>
              )}
            </Table.Cell>
            <Table.Cell className="text-right">{group.planned}</Table.Cell>
            <Table.Cell className="text-right">
              {group.ordered}
              {group.pending > 0 && <span className="text-ui-fg-subtle"> (+{group.pending} completing)</span>}
            </Table.Cell>
            <Table.Cell className={group.left < 0 ? "text-ui-fg-error text-right font-medium" : "text-right font-medium"}>{group.left}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  </Container>
)

const QuietDay = () => (
  <Container className="production-section px-6 py-8">
    <Text className="text-ui-fg-subtle">No orders for this day yet.</Text>
  </Container>
)

const Sheet = ({ sheet }: { sheet: ProductionSheet }) => (
  <>
    <Container className="production-section divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Bake totals</Heading>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Product</Table.HeaderCell>
            <Table.HeaderCell>Variant</Table.HeaderCell>
            <Table.HeaderCell>SKU</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Qty</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {sheet.totals.map((total) => (
            <Table.Row key={`${total.product_title}|${total.variant_title}|${total.sku}`}>
              <Table.Cell>{total.product_title}</Table.Cell>
              <Table.Cell>{total.variant_title ?? "—"}</Table.Cell>
              <Table.Cell className="text-ui-fg-subtle">{total.sku ?? "—"}</Table.Cell>
              <Table.Cell className="text-right font-medium">{total.quantity}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
    <div className="production-slots flex flex-col gap-y-3">
      {sheet.slots.map((slot) => (
        <SlotSection key={`${slot.type}|${slot.start}`} slot={slot} sheet={sheet} />
      ))}
    </div>
  </>
)

const SlotSection = ({ slot, sheet }: { slot: ProductionSlot; sheet: ProductionSheet }) => (
  <Container className="production-section divide-y p-0">
    <div className="production-slot-heading flex items-center justify-between px-6 py-3">
      <Heading level="h2">
        {formatSlotTime(slot.start, sheet.timezone)} – {formatSlotTime(slot.end, sheet.timezone)}
        {/* Printed pages get separated on the counter, so each slot names its day. */}
        <span className="text-ui-fg-subtle txt-compact-small ml-2">{formatBakeDay(sheet.date, "short")}</span>
      </Heading>
      <div className="flex items-center gap-2">
        <Badge size="2xsmall" color={slot.type === "pickup" ? "blue" : "orange"}>
          {slot.type === "pickup" ? "Pickup" : "Local delivery"}
        </Badge>
        <Text size="small" className="text-ui-fg-subtle">
          {slot.orders.length} {slot.orders.length === 1 ? "order" : "orders"}
        </Text>
      </div>
    </div>
    {slot.orders.map((order) => (
      <OrderBlock key={order.id} order={order} />
    ))}
  </Container>
)

/** Inscriptions and notes are customer text: rendered as React text, never as HTML. */
const OrderBlock = ({ order }: { order: ProductionOrder }) => (
  <div className="production-order flex flex-col gap-y-2 px-6 py-3">
    <div className="flex flex-wrap items-baseline gap-x-3">
      <Text weight="plus">#{order.display_id}</Text>
      <Text weight="plus">{order.customer_name ?? order.email ?? "Guest"}</Text>
      <Text size="small" className="text-ui-fg-subtle">
        {[order.phone, order.email].filter(Boolean).join(" · ")}
      </Text>
    </div>
    <ul className="flex flex-col gap-y-1">
      {order.items.map((item, index) => (
        <li key={index} className="flex flex-col gap-y-1">
          <Text size="small">
            <span className="font-medium">{item.quantity} ×</span> {item.title}
            {item.variant_title && <span className="text-ui-fg-subtle"> — {item.variant_title}</span>}
          </Text>
          {item.inscription && (
            <div className="production-inscription bg-ui-bg-subtle ml-5 self-start rounded-md border px-3 py-1">
              <Text size="small">
                <span className="text-ui-fg-subtle">Inscription: </span>“{item.inscription}”
              </Text>
            </div>
          )}
        </li>
      ))}
    </ul>
    {order.note && (
      <Text size="small" className="whitespace-pre-line">
        <span className="font-medium">Note: </span>
        {order.note}
      </Text>
    )}
  </div>
)

export const config = defineRouteConfig({
  label: "Production",
  icon: ChefHat,
})

export default ProductionPage
