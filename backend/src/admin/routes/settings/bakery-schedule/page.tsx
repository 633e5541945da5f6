import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Clock } from "@medusajs/icons"
import { Button, Container, Heading, Input, Switch, Table, Text, Textarea } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { Field } from "../../../components/field"
import { OpeningHoursEditor } from "../../../components/opening-hours-editor"
import { useBlackoutDates } from "../../../hooks/use-blackout-dates"
import { useScheduleSettings } from "../../../hooks/use-schedule-settings"
import type { ScheduleSettings } from "../../../lib/types"

/** Form fields are strings while Maya types; they become numbers when she saves. */
type ScheduleForm = Omit<
  ScheduleSettings,
  "slot_minutes" | "pickup_capacity" | "delivery_capacity" | "booking_horizon_days" | "delivery_minimum_order" | "delivery_zip_codes"
> & {
  slot_minutes: string
  pickup_capacity: string
  delivery_capacity: string
  booking_horizon_days: string
  delivery_minimum_order: string
  delivery_zip_codes: string
}

const toForm = (s: ScheduleSettings): ScheduleForm => ({
  ...s,
  slot_minutes: String(s.slot_minutes),
  pickup_capacity: String(s.pickup_capacity),
  delivery_capacity: String(s.delivery_capacity),
  booking_horizon_days: String(s.booking_horizon_days),
  delivery_minimum_order: String(s.delivery_minimum_order),
  delivery_zip_codes: s.delivery_zip_codes.join(", "),
})

/** Only the settings' own fields: the API refuses anything else (such as the row's id). */
const fromForm = (f: ScheduleForm): ScheduleSettings => ({
  timezone: f.timezone,
  same_day_cutoff: f.same_day_cutoff,
  opening_hours: f.opening_hours,
  slot_minutes: Number(f.slot_minutes),
  pickup_capacity: Number(f.pickup_capacity),
  delivery_capacity: Number(f.delivery_capacity),
  booking_horizon_days: Number(f.booking_horizon_days),
  delivery_minimum_order: Number(f.delivery_minimum_order),
  delivery_zip_codes: f.delivery_zip_codes.split(/[\s,]+/).filter(Boolean),
})

function ScheduleSettingsSection() {
  const { settings, isLoading, saveSettings, isSaving } = useScheduleSettings()
  const [form, setForm] = useState<ScheduleForm | null>(null)
  useEffect(() => {
    if (settings) {
      setForm(toForm(settings))
    }
  }, [settings])

  if (isLoading || !form) {
    return <Text className="px-6 py-4">Loading…</Text>
  }
  const set = <K extends keyof ScheduleForm>(key: K, value: ScheduleForm[K]) => setForm({ ...form, [key]: value })
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    saveSettings(fromForm(form))
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-y-6 px-6 py-4">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field label="Time zone" htmlFor="schedule-timezone" hint="All pickup and delivery times are in this zone.">
          <Input id="schedule-timezone" value={form.timezone} onChange={(e) => set("timezone", e.target.value)} />
        </Field>
        <Field label="Slot length (minutes)" htmlFor="schedule-slot-minutes" hint="Customers choose a time in steps of this length.">
          <Input id="schedule-slot-minutes" type="number" min={5} max={240} value={form.slot_minutes} onChange={(e) => set("slot_minutes", e.target.value)} />
        </Field>
        <Field label="Pickups per slot" htmlFor="schedule-pickup-capacity" hint="How many orders can be collected in one slot.">
          <Input id="schedule-pickup-capacity" type="number" min={0} value={form.pickup_capacity} onChange={(e) => set("pickup_capacity", e.target.value)} />
        </Field>
        <Field label="Deliveries per slot" htmlFor="schedule-delivery-capacity" hint="How many orders the bike can take in one slot.">
          <Input id="schedule-delivery-capacity" type="number" min={0} value={form.delivery_capacity} onChange={(e) => set("delivery_capacity", e.target.value)} />
        </Field>
        <Field label="Same-day orders close at" hint="After this time customers can only choose tomorrow or later.">
          <div className="flex items-center gap-x-3">
            <Switch
              aria-label="Stop same-day orders at a set time"
              checked={form.same_day_cutoff !== null}
              onCheckedChange={(on) => set("same_day_cutoff", on ? "14:00" : null)}
            />
            {form.same_day_cutoff !== null ? (
              <Input type="time" value={form.same_day_cutoff} onChange={(e) => set("same_day_cutoff", e.target.value)} />
            ) : (
              <Text size="small" className="text-ui-fg-subtle">
                No cut-off: any time after the cake's lead time
              </Text>
            )}
          </div>
        </Field>
        <Field label="Book up to (days ahead)" htmlFor="schedule-booking-horizon-days" hint="How far ahead customers may choose a day.">
          <Input id="schedule-booking-horizon-days" type="number" min={0} max={365} value={form.booking_horizon_days} onChange={(e) => set("booking_horizon_days", e.target.value)} />
        </Field>
        <Field label="Delivery ZIP codes" htmlFor="schedule-delivery-zip-codes" hint="Separated by commas or spaces. Other ZIP codes can only pick up.">
          <Textarea id="schedule-delivery-zip-codes" value={form.delivery_zip_codes} onChange={(e) => set("delivery_zip_codes", e.target.value)} />
        </Field>
        <Field label="Minimum order for delivery ($)" htmlFor="schedule-delivery-minimum-order" hint="Item total before delivery fee. The fee itself is the Local delivery shipping option's price.">
          <Input id="schedule-delivery-minimum-order" type="number" min={0} step="0.01" value={form.delivery_minimum_order} onChange={(e) => set("delivery_minimum_order", e.target.value)} />
        </Field>
      </div>
      <Field label="Opening hours" hint="Pickup and delivery slots are offered inside these hours.">
        <OpeningHoursEditor value={form.opening_hours} onChange={(opening_hours) => set("opening_hours", opening_hours)} />
      </Field>
      <div className="flex justify-end">
        <Button type="submit" isLoading={isSaving}>
          Save
        </Button>
      </div>
    </form>
  )
}

function BlackoutDatesSection() {
  const { blackoutDates, closeDay, isClosing, reopenDay } = useBlackoutDates()
  const [date, setDate] = useState("")
  const [reason, setReason] = useState("")

  // Maya's own calendar day, as YYYY-MM-DD.
  const today = new Date().toLocaleDateString("en-CA")
  const upcoming = blackoutDates.filter((b) => b.date >= today)

  return (
    <div className="flex flex-col gap-y-4 px-6 py-4">
      <form
        className="grid grid-cols-1 items-end gap-4 md:grid-cols-[12rem_1fr_auto]"
        onSubmit={(event) => {
          event.preventDefault()
          closeDay(
            { date, reason },
            {
              onSuccess: () => {
                setDate("")
                setReason("")
              },
            }
          )
        }}
      >
        <Field label="Day">
          <Input type="date" min={today} value={date} onChange={(e) => setDate(e.target.value)} required />
        </Field>
        <Field label="Reason customers will see">
          <Input value={reason} placeholder="e.g. Thanksgiving" onChange={(e) => setReason(e.target.value)} required />
        </Field>
        <Button type="submit" variant="secondary" isLoading={isClosing}>
          Close this day
        </Button>
      </form>
      {upcoming.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          No closed days coming up.
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Day</Table.HeaderCell>
              <Table.HeaderCell>Reason</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {upcoming.map((blackout) => (
              <Table.Row key={blackout.id}>
                <Table.Cell>{blackout.date}</Table.Cell>
                <Table.Cell>{blackout.reason}</Table.Cell>
                <Table.Cell className="text-right">
                  <Button size="small" variant="transparent" onClick={() => reopenDay(blackout.id)}>
                    Reopen
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </div>
  )
}

const BakerySchedulePage = () => (
  <div className="flex flex-col gap-y-3">
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Pickup & delivery</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          When customers can collect or receive their orders.
        </Text>
      </div>
      <ScheduleSettingsSection />
    </Container>
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Closed days</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Holidays and other days with no pickups or deliveries.
        </Text>
      </div>
      <BlackoutDatesSection />
    </Container>
  </div>
)

export const config = defineRouteConfig({
  label: "Pickup & delivery",
  icon: Clock,
})

export default BakerySchedulePage
