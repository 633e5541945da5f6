import type { SafeResult } from "astro:actions"
import type { FieldErrors, FormOutcome, FormValues } from "./forms"

/** A form action's failure as the page shows it: errors per field and the input to put back. */
export function formFailure(result: SafeResult<any, unknown> | undefined): { errors: FieldErrors; values: FormValues } {
  if (!result) return { errors: {}, values: {} }
  if (result.error) return { errors: { form: "Something went wrong. Please try again." }, values: {} }
  const data = result.data as FormOutcome
  return data.ok ? { errors: {}, values: {} } : data
}
