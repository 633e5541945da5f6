import { XMark } from "@medusajs/icons"
import { Button, IconButton, Input, Label, Switch, Text } from "@medusajs/ui"
import { WEEKDAY_NAMES, WEEKDAYS, type Weekday } from "@sweet-crumbs/bakery-rules/weekdays"
import type { OpeningHours, OpeningWindow } from "../lib/types"

/** The most stretches a day may have; the API refuses more. */
const MAX_WINDOWS_PER_DAY = 4

/**
 * The week's opening hours: per weekday a switch (open or closed) and its
 * stretches, so a lunch break is two stretches.
 */
export function OpeningHoursEditor({ value, onChange }: { value: OpeningHours; onChange: (next: OpeningHours) => void }) {
  const setDay = (day: Weekday, windows: OpeningWindow[]) => onChange({ ...value, [day]: windows })
  return (
    <div className="flex flex-col gap-y-3">
      {WEEKDAYS.map((day) => {
        const name = WEEKDAY_NAMES[day]
        const windows = value[day] ?? []
        const setTime = (i: number, edge: keyof OpeningWindow, time: string) =>
          setDay(day, windows.map((w, j) => (j === i ? { ...w, [edge]: time } : w)))
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
                  <Input type="time" aria-label={`${name} opens`} value={window.open} onChange={(e) => setTime(i, "open", e.target.value)} />
                  <Text size="small">to</Text>
                  <Input type="time" aria-label={`${name} closes`} value={window.close} onChange={(e) => setTime(i, "close", e.target.value)} />
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
              {windows.length > 0 && windows.length < MAX_WINDOWS_PER_DAY && (
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
