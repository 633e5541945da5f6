import { z } from "@medusajs/framework/zod"

/** Long enough for allergies and a request; short enough to fit on the production sheet. */
export const ORDER_NOTE_MAX_LENGTH = 500

export const StoreSetOrderNote = z.object({
  note: z
    .string()
    .transform((note) => note.trim())
    .refine((note) => note.length <= ORDER_NOTE_MAX_LENGTH, {
      message: `The note can be at most ${ORDER_NOTE_MAX_LENGTH} characters.`,
    }),
})

export type StoreSetOrderNoteType = z.infer<typeof StoreSetOrderNote>
