import { toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { errorMessage } from "../lib/error-message"
import { sdk } from "../lib/sdk"
import type { ScheduleSettings, ScheduleSettingsResponse } from "../lib/types"

export const SCHEDULE_SETTINGS_KEY = ["bakery-schedule"]

/** Maya's pickup and delivery settings, and saving them (which reloads them). */
export function useScheduleSettings() {
  const queryClient = useQueryClient()
  const { data, isLoading } = useQuery({
    queryKey: SCHEDULE_SETTINGS_KEY,
    queryFn: () => sdk.client.fetch<ScheduleSettingsResponse>("/admin/bakery/schedule"),
  })
  const save = useMutation({
    mutationFn: (settings: ScheduleSettings) =>
      sdk.client.fetch<ScheduleSettingsResponse>("/admin/bakery/schedule", { method: "POST", body: settings }),
    onSuccess: () => {
      toast.success("Pickup and delivery settings saved")
      queryClient.invalidateQueries({ queryKey: SCHEDULE_SETTINGS_KEY })
    },
    onError: (error) => toast.error(errorMessage(error)),
  })

  return {
    settings: data?.settings,
    isLoading,
    saveSettings: save.mutate,
    isSaving: save.isPending,
  }
}
