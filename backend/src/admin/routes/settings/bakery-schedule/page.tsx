import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Clock, XMark } from "@medusajs/icons"
import {
  Button,
  Container,
  Heading,
  IconButton,
  Input,
  Label,
  Switch,
  Table,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { WEEKDAY_NAMES, WEEKDAYS, type Weekday } from "@sweet-crumbs/bakery-rules/weekdays"
import { useEffect, useState, type FormEvent } from "react"
import { sdk } from "../../../lib/sdk"

type OpeningWindow = { open: string; close: string }

type Schedule = {
  timezone: string
  slot_minutes: number
  pickup_capacity: number
  delivery_capacity: number
  same_day_cutoff: string | null
  booking_horizon_days: number
  opening_hours: Record<Weekday, OpeningWindow[]>
  delivery_zip_codes: string[]
  delivery_minimum_order: number
}

type BlackoutDate = { id: string; date: string; reason: string }

const SCHEDULE_KEY = ["bakery-schedule"]
const BLACKOUTS_KEY = ["bakery-schedule", "blackout-dates"]

const errorMessage = (error: unknown) =>
  error instanceof Error ? error.message : "Something went wrong. Please try again."

/** Form fields are strings while Maya types; they become numbers when she saves. */
type ScheduleForm = Omit<
  Schedule,
  "slot_minutes" | "pickup_capacity" | "delivery_capacity" | "booking_horizon_days" | "delivery_minimum_order" | "delivery_zip_codes"
> & {
  slot_minutes: string
  pickup_capacity: string
  delivery_capacity: string
  booking_horizon_days: string
  delivery_minimum_order: string
  delivery_zip_codes: string
}

const toForm = (s: Schedule): ScheduleForm => ({
  ...s,
  slot_minutes: String(s.slot_minutes),
  pickup_capacity: String(s.pickup_capacity),
  delivery_capacity: String(s.delivery_capacity),
  booking_horizon_days: String(s.booking_horizon_days),
  delivery_minimum_order: String(s.delivery_minimum_order),
  delivery_zip_codes: s.delivery_zip_codes.join(", "),
})

/** Only the settings' own fields: the API refuses anything else (such as the row's id). */
const fromForm = (f: ScheduleForm): Schedule => ({
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

function Field({
  label,
  hint,
  htmlFor,
  children,
}: {
  label: string
  hint?: string
  /** The id of the field's one control, so the label names it (screen readers, clicks). */
  htmlFor?: string
  children: React.ReactNode
}) {
  return (
    <div className="flex flex-col gap-y-2">
      <Label size="small" weight="plus" htmlFor={htmlFor}>
        {label}
      </Label>
      {children}
      {hint && (
        <Text size="small" className="text-ui-fg-subtle">
          {hint}
        </Text>
      )}
    </div>
  )
}

function OpeningHoursEditor({
  value,
  onChange,
}: {
  value: Record<Weekday, OpeningWindow[]>
  onChange: (next: Record<Weekday, OpeningWindow[]>) => void
}) {
  const setDay = (day: Weekday, windows: OpeningWindow[]) => onChange({ ...value, [day]: windows })
  return (
    <div className="flex flex-col gap-y-3">
      {WEEKDAYS.map((day) => {
        const name = WEEKDAY_NAMES[day]
        const windows = value[day] ?? []
        return (
          <div key={day} className="grid grid-cols-[8rem_1fr] items-start gap-x-4">
            <div className="flex items-center gap-x-2 pt-1.5">
              <Switch
                id={`open-${day}`}
                checked={windows.length > 0}
                onCheckedChange={(open) => setDay(day, open ? [{ open: "07:00", close: "18:00" }] : [])}
              />
              <Label htmlFor={`open-${day}`} size="small">
                {name}
              </Label>
            </div>
            <div className="flex flex-col gap-y-2">
              {windows.length === 0 && (
                <Text size="small" className="text-ui-fg-subtle pt-1.5">
                  Closed
                </Text>
              )}
              {windows.map((window, i) => (
                <div key={i} className="flex items-center gap-x-2">
                  <Input
                    type="time"
                    aria-label={`${name} opens`}
                    value={window.open}
                    onChange={(e) =>
                      setDay(day, windows.map((w, j) => (j === i ? { ...w, open: e.target.value } : w)))
                    }
                  />
                  <Text size="small">to</Text>
                  <Input
                    type="time"
                    aria-label={`${name} closes`}
                    value={window.close}
                    onChange={(e) =>
                      setDay(day, windows.map((w, j) => (j === i ? { ...w, close: e.target.value } : w)))
                    }
                  />
                  <IconButton
                    type="button"
                    variant="transparent"
                    aria-label={`Remove these ${name} hours`}
                    onClick={() => setDay(day, windows.filter((_, j) => j !== i))}
                  >
                    <XMark />
                  </IconButton>
                </div>
              ))}
              {windows.length > 0 && windows.length < 4 && (
                <div>
                  <Button
                    type="button"
                    size="small"
                    variant="transparent"
                    onClick={() => setDay(day, [...windows, { open: "13:00", close: "17:00" }])}
                  >
                    Add a second stretch (e.g. after a lunch break)
                  </Button>
                </div>
              )}
            </div>
          </div>
        )
      })}
    </div>
  )
}

function ScheduleSettingsSection() {
  const queryClient = useQueryClient()
  const { data, isLoading } = useQuery({
    queryKey: SCHEDULE_KEY,
    queryFn: () => sdk.client.fetch<{ settings: Schedule }>("/admin/bakery/schedule"),
  })
  const [form, setForm] = useState<ScheduleForm | null>(null)
  useEffect(() => {
    if (data) {
      setForm(toForm(data.settings))
    }
  }, [data])

  const save = useMutation({
    mutationFn: (settings: Schedule) =>
      sdk.client.fetch<{ settings: Schedule }>("/admin/bakery/schedule", { method: "POST", body: settings }),
    onSuccess: () => {
      toast.success("Pickup and delivery settings saved")
      queryClient.invalidateQueries({ queryKey: SCHEDULE_KEY })
    },
    onError: (error) => toast.error(errorMessage(error)),
  })

  if (isLoading || !form) {
    return <Text className="px-6 py-4">Loading…</Text>
  }
  const set = <K extends keyof ScheduleForm>(key: K, value: ScheduleForm[K]) => setForm({ ...form, [key]: value })
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate(fromForm(form))
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
        <Button type="submit" isLoading={save.isPending}>
          Save
        </Button>
      </div>
    </form>
  )
}

function BlackoutDatesSection() {
  const queryClient = useQueryClient()
  const { data } = useQuery({
    queryKey: BLACKOUTS_KEY,
    queryFn: () => sdk.client.fetch<{ blackout_dates: BlackoutDate[] }>("/admin/bakery/schedule/blackout-dates"),
  })
  const [date, setDate] = useState("")
  const [reason, setReason] = useState("")
  const refresh = () => queryClient.invalidateQueries({ queryKey: BLACKOUTS_KEY })

  const add = useMutation({
    mutationFn: () =>
      sdk.client.fetch("/admin/bakery/schedule/blackout-dates", { method: "POST", body: { date, reason } }),
    onSuccess: () => {
      toast.success(`Closed on ${date}`)
      setDate("")
      setReason("")
      refresh()
    },
    onError: (error) => toast.error(errorMessage(error)),
  })
  const remove = useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/bakery/schedule/blackout-dates/${id}`, { method: "DELETE" }),
    onSuccess: () => {
      toast.success("Day reopened")
      refresh()
    },
    onError: (error) => toast.error(errorMessage(error)),
  })

  // Maya's own calendar day, as YYYY-MM-DD.
  const today = new Date().toLocaleDateString("en-CA")
  const upcoming = (data?.blackout_dates ?? []).filter((b) => b.date >= today)

  return (
    <div className="flex flex-col gap-y-4 px-6 py-4">
      <form
        className="grid grid-cols-1 items-end gap-4 md:grid-cols-[12rem_1fr_auto]"
        onSubmit={(event) => {
          event.preventDefault()
          add.mutate()
        }}
      >
        <Field label="Day">
          <Input type="date" min={today} value={date} onChange={(e) => setDate(e.target.value)} required />
        </Field>
        <Field label="Reason customers will see">
          <Input value={reason} placeholder="e.g. Thanksgiving" onChange={(e) => setReason(e.target.value)} required />
        </Field>
        <Button type="submit" variant="secondary" isLoading={add.isPending}>
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
                  <Button size="small" variant="transparent" onClick={() => remove.mutate(blackout.id)}>
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
