import { z } from "astro/zod"

/**
 * A text field as a form posts it: an empty box arrives as null (Astro's form parsing), a missing
 * one as undefined; both become "" so handlers can validate and echo the input back.
 */
export function formText(max = 300) {
  return z.string().max(max).nullish().transform((value) => value ?? "")
}
