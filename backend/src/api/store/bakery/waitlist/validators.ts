import { z } from "@medusajs/framework/zod"
import { isPlanDate } from "../../../../modules/bake-plan/bake-days"

export const StoreJoinWaitlist = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(320)
      .refine((value) => z.string().email().safeParse(value).success, { message: "Please enter your email address, like ana@example.com" }),
    variant_id: z.string().trim().min(1).max(100),
    /** For products on the bake plan: the pickup or delivery day that was sold out. */
    date: z
      .string()
      .refine(isPlanDate, { message: "Dates look like 2026-05-09 (year-month-day)" })
      .nullish(),
  })
  .strict()

export type StoreJoinWaitlistType = z.infer<typeof StoreJoinWaitlist>
