import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CalendarSolid, XMark } from "@medusajs/icons"
import { Button, Container, Heading, IconButton, Input, Label, Table, Text, usePrompt } from "@medusajs/ui"
import { WEEKDAY_NAMES, WEEKDAYS, type Weekday } from "@sweet-crumbs/bakery-rules/weekdays"
import { useEffect, useState, type FormEvent } from "react"
import type { BakePlanGroupView, BakePlanItemView, WeekdayQuantities } from "../../../api/admin/bakery/bake-plan/types"
import { useBakePlan, useProductSearch } from "../../hooks/use-bake-plan"
import { formatBakeDay } from "../../lib/format"

/** Inputs hold strings while Maya types; they become numbers when she saves. */
type WeekdayForm = Record<Weekday, string>
type ItemForm = Pick<BakePlanItemView, "variant_id" | "product_title" | "variant_title"> & { units: string }

const toWeekdayForm = (q: WeekdayQuantities): WeekdayForm =>
  Object.fromEntries(WEEKDAYS.map((day) => [day, String(q[day])])) as WeekdayForm
const fromWeekdayForm = (f: WeekdayForm): WeekdayQuantities =>
  Object.fromEntries(WEEKDAYS.map((day) => [day, Number(f[day])])) as WeekdayQuantities

const EMPTY_WEEK: WeekdayQuantities = { mon: 0, tue: 0, wed: 0, thu: 0, fri: 0, sat: 0, sun: 0 }

function WeekdayInputs({ idPrefix, value, onChange }: { idPrefix: string; value: WeekdayForm; onChange: (next: WeekdayForm) => void }) {
  return (
    <div className="grid grid-cols-7 gap-2">
      {WEEKDAYS.map((day) => (
        <div key={day} className="flex flex-col gap-y-1">
          <Label size="xsmall" htmlFor={`${idPrefix}-${day}`}>
            {WEEKDAY_NAMES[day].slice(0, 3)}
          </Label>
          <Input
            id={`${idPrefix}-${day}`}
            type="number"
            min={0}
            size="small"
            value={value[day]}
            onChange={(e) => onChange({ ...value, [day]: e.target.value })}
          />
        </div>
      ))}
    </div>
  )
}

/** Finds products by name and adds their variants (each counting as 1 unit until Maya changes it). */
function AddProducts({ onAdd }: { onAdd: (items: ItemForm[]) => void }) {
  const [q, setQ] = useState("")
  const { data: products, isFetching } = useProductSearch(q)
  return (
    <div className="flex flex-col gap-y-2">
      <Input size="small" placeholder="Add products: type a name, e.g. sourdough" value={q} onChange={(e) => setQ(e.target.value)} aria-label="Find products to add" />
      {isFetching && <Text size="small">Searching…</Text>}
      {(products ?? []).map((product) => (
        <div key={product.id} className="flex items-center justify-between gap-x-2">
          <Text size="small">
            {product.title} <span className="text-ui-fg-subtle">({product.variants.map((v) => v.title).join(", ")})</span>
          </Text>
          <Button
            type="button"
            size="small"
            variant="secondary"
            onClick={() => {
              onAdd(product.variants.map((v) => ({ variant_id: v.id, product_title: product.title, variant_title: v.title, units: "1" })))
              setQ("")
            }}
          >
            Add
          </Button>
        </div>
      ))}
    </div>
  )
}

function GroupEditor({ group }: { group: BakePlanGroupView }) {
  const { saveGroup, isSaving, deleteGroup } = useBakePlan()
  const prompt = usePrompt()
  const [name, setName] = useState(group.name)
  const [unit, setUnit] = useState(group.unit)
  const [week, setWeek] = useState(toWeekdayForm(group.weekday_quantities))
  const [items, setItems] = useState<ItemForm[]>([])
  useEffect(() => {
    setName(group.name)
    setUnit(group.unit)
    setWeek(toWeekdayForm(group.weekday_quantities))
    setItems(group.items.map((item) => ({ ...item, units: String(item.units) })))
  }, [group])

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    saveGroup({
      id: group.id,
      name,
      unit,
      weekday_quantities: fromWeekdayForm(week),
      items: items.map((item) => ({ variant_id: item.variant_id, units: Number(item.units) })),
    })
  }
  const remove = async () => {
    const confirmed = await prompt({
      title: `Take ${group.name} off the bake plan?`,
      description: "Its products go back to being sold from stock on hand, starting at 0 until you stock them. Orders already placed keep their bake day.",
      variant: "danger",
    })
    if (confirmed) {
      deleteGroup(group.id)
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-y-4 px-6 py-4" aria-label={`${group.name} plan`}>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <div className="flex flex-col gap-y-1">
          <Label size="small" htmlFor={`name-${group.id}`}>Name</Label>
          <Input id={`name-${group.id}`} size="small" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="small" htmlFor={`unit-${group.id}`}>Counted in</Label>
          <Input id={`unit-${group.id}`} size="small" value={unit} onChange={(e) => setUnit(e.target.value)} />
        </div>
      </div>
      <div className="flex flex-col gap-y-2">
        <Text size="small" weight="plus">
          {unit || "Units"} baked each weekday
        </Text>
        <WeekdayInputs idPrefix={`week-${group.id}`} value={week} onChange={setWeek} />
      </div>
      <div className="flex flex-col gap-y-2">
        <Text size="small" weight="plus">
          Products on this plan
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          Sold against the day's plan, not stock on hand: Medusa does not count their stock. Set how many {unit || "units"} one of each counts as.
        </Text>
        {items.length > 0 && (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Product</Table.HeaderCell>
                <Table.HeaderCell>Variant</Table.HeaderCell>
                <Table.HeaderCell className="w-28">Counts as</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {items.map((item, i) => (
                <Table.Row key={item.variant_id}>
                  <Table.Cell>{item.product_title ?? "—"}</Table.Cell>
                  <Table.Cell>{item.variant_title ?? "—"}</Table.Cell>
                  <Table.Cell>
                    <Input
                      type="number"
                      min={1}
                      size="small"
                      aria-label={`${item.product_title} ${item.variant_title} counts as`}
                      value={item.units}
                      onChange={(e) => setItems(items.map((it, j) => (j === i ? { ...it, units: e.target.value } : it)))}
                    />
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <IconButton type="button" variant="transparent" aria-label={`Take ${item.product_title} ${item.variant_title} off the plan`} onClick={() => setItems(items.filter((_, j) => j !== i))}>
                      <XMark />
                    </IconButton>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
        <AddProducts onAdd={(added) => setItems([...items, ...added.filter((a) => !items.some((it) => it.variant_id === a.variant_id))])} />
      </div>
      <div className="flex justify-between">
        <Button type="button" variant="danger" size="small" onClick={remove}>
          Take off the plan
        </Button>
        <Button type="submit" size="small" isLoading={isSaving}>
          Save {group.name}
        </Button>
      </div>
    </form>
  )
}

function DateOverrides({ group }: { group: BakePlanGroupView }) {
  const { setOverride, isSettingOverride, removeOverride } = useBakePlan()
  const [date, setDate] = useState("")
  const [quantity, setQuantity] = useState("")
  const [reason, setReason] = useState("")
  const today = new Date().toLocaleDateString("en-CA")
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Text size="small" weight="plus">
        Dates with their own plan
      </Text>
      <form
        className="grid grid-cols-1 items-end gap-3 md:grid-cols-[11rem_7rem_1fr_auto]"
        aria-label={`${group.name} date override`}
        onSubmit={(event) => {
          event.preventDefault()
          setOverride(
            { group_id: group.id, date, quantity: Number(quantity), reason: reason.trim() || null },
            {
              onSuccess: () => {
                setDate("")
                setQuantity("")
                setReason("")
              },
            }
          )
        }}
      >
        <div className="flex flex-col gap-y-1">
          <Label size="xsmall" htmlFor={`override-date-${group.id}`}>Day</Label>
          <Input id={`override-date-${group.id}`} type="date" size="small" min={today} value={date} onChange={(e) => setDate(e.target.value)} required />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="xsmall" htmlFor={`override-quantity-${group.id}`}>{group.unit}</Label>
          <Input id={`override-quantity-${group.id}`} type="number" min={0} size="small" value={quantity} onChange={(e) => setQuantity(e.target.value)} required />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="xsmall" htmlFor={`override-reason-${group.id}`}>Why (optional)</Label>
          <Input id={`override-reason-${group.id}`} size="small" placeholder="e.g. Mother's Day" value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <Button type="submit" size="small" variant="secondary" isLoading={isSettingOverride}>
          Set for this day
        </Button>
      </form>
      {group.overrides.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          Every coming day follows its weekday.
        </Text>
      ) : (
        <ul className="flex flex-col gap-y-1">
          {group.overrides.map((override) => (
            <li key={override.id} className="flex items-center justify-between gap-x-2">
              <Text size="small">
                {formatBakeDay(override.date)}: <span className="font-medium">{override.quantity} {group.unit}</span>
                {override.reason && <span className="text-ui-fg-subtle"> · {override.reason}</span>}
              </Text>
              <Button size="small" variant="transparent" onClick={() => removeOverride({ group_id: group.id, id: override.id })}>
                Back to weekday
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function NewGroup() {
  const { createGroup, isCreating } = useBakePlan()
  const [name, setName] = useState("")
  const [unit, setUnit] = useState("")
  const [week, setWeek] = useState(toWeekdayForm(EMPTY_WEEK))
  return (
    <form
      className="flex flex-col gap-y-3 px-6 py-4"
      aria-label="New bake plan group"
      onSubmit={(event) => {
        event.preventDefault()
        createGroup(
          { name, unit, weekday_quantities: fromWeekdayForm(week), items: [] },
          {
            onSuccess: () => {
              setName("")
              setUnit("")
              setWeek(toWeekdayForm(EMPTY_WEEK))
            },
          }
        )
      }}
    >
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <div className="flex flex-col gap-y-1">
          <Label size="small" htmlFor="new-group-name">Name</Label>
          <Input id="new-group-name" size="small" placeholder="e.g. Croissants" value={name} onChange={(e) => setName(e.target.value)} required />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="small" htmlFor="new-group-unit">Counted in</Label>
          <Input id="new-group-unit" size="small" placeholder="e.g. croissants, or boxes" value={unit} onChange={(e) => setUnit(e.target.value)} required />
        </div>
      </div>
      <WeekdayInputs idPrefix="new-group-week" value={week} onChange={setWeek} />
      <div className="flex justify-end">
        <Button type="submit" size="small" variant="secondary" isLoading={isCreating}>
          Add group
        </Button>
      </div>
    </form>
  )
}

const BakePlanPage = () => {
  const { groups, isLoading, loadError } = useBakePlan()
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading level="h1">Bake plan</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          How many of each the kitchen makes a day. Customers order them against the plan for their pickup or delivery day; the production sheet shows planned, ordered and left.
        </Text>
      </Container>
      {isLoading && (
        <Container className="px-6 py-4">
          <Text size="small">Loading the plan…</Text>
        </Container>
      )}
      {loadError && (
        <Container className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {loadError}
          </Text>
        </Container>
      )}
      {groups.map((group) => (
        <Container key={group.id} className="divide-y p-0">
          <div className="px-6 py-4">
            <Heading level="h2">{group.name}</Heading>
          </div>
          <GroupEditor group={group} />
          <DateOverrides group={group} />
        </Container>
      ))}
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">New group</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Add the group, then its products.
          </Text>
        </div>
        <NewGroup />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Bake plan",
  icon: CalendarSolid,
})

export default BakePlanPage
