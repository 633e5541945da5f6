import { Label, Text } from "@medusajs/ui"

/** A labelled form control with an optional hint under it. */
export function Field({
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
