import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  type BakeryProfileInput,
  upsertBakeryProfilesStep,
} from "./steps/upsert-bakery-profiles"

export type UpsertBakeryProfilesInput = { profiles: BakeryProfileInput[] }

/** Sets allergens, dietary tags, lead time and inscription rules for products. */
export const upsertBakeryProfilesWorkflow = createWorkflow(
  "upsert-bakery-profiles",
  (input: UpsertBakeryProfilesInput) => {
    const profiles = upsertBakeryProfilesStep(input.profiles)
    return new WorkflowResponse(profiles)
  }
)
