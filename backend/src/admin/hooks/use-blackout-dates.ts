import { toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { errorMessage } from "../lib/error-message"
import { sdk } from "../lib/sdk"
import type { BlackoutDatesResponse } from "../lib/types"

const BLACKOUT_DATES_KEY = ["bakery-schedule", "blackout-dates"]

/** The days the shop is closed, closing one more and reopening one; each change reloads the list. */
export function useBlackoutDates() {
  const queryClient = useQueryClient()
  const { data } = useQuery({
    queryKey: BLACKOUT_DATES_KEY,
    queryFn: () => sdk.client.fetch<BlackoutDatesResponse>("/admin/bakery/schedule/blackout-dates"),
  })
  const refresh = () => queryClient.invalidateQueries({ queryKey: BLACKOUT_DATES_KEY })

  const close = useMutation({
    mutationFn: (body: { date: string; reason: string }) =>
      sdk.client.fetch("/admin/bakery/schedule/blackout-dates", { method: "POST", body }),
    onSuccess: (_, { date }) => {
      toast.success(`Closed on ${date}`)
      refresh()
    },
    onError: (error) => toast.error(errorMessage(error)),
  })
  const reopen = useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/bakery/schedule/blackout-dates/${id}`, { method: "DELETE" }),
    onSuccess: () => {
      toast.success("Day reopened")
      refresh()
    },
    onError: (error) => toast.error(errorMessage(error)),
  })

  return {
    blackoutDates: data?.blackout_dates ?? [],
    closeDay: close.mutate,
    isClosing: close.isPending,
    reopenDay: reopen.mutate,
  }
}
