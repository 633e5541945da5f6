import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateScheduleSettingsWorkflow } from "@sweet-crumbs/backend/workflows/update-schedule-settings"

/**
 * Opening hours, slot capacities and the delivery area, once: with no
 * settings row the backend's workflow creates it from its defaults.
 * Afterwards they are Maya's to edit.
 */
export async function ensureSchedule(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "schedule_settings", fields: ["id"] })
  if (!data.length) {
    await updateScheduleSettingsWorkflow(container).run({ input: {} })
  }
}
