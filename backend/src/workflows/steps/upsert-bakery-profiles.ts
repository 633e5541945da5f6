import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_PRODUCT_MODULE } from "../../modules/bakery-product"
import type BakeryProductModuleService from "../../modules/bakery-product/service"

export type BakeryProfileInput = {
  product_id: string
  allergens_contains: string[]
  allergens_may_contain: string[]
  dietary_tags: string[]
  lead_time_hours: number
  inscription_max_length: number | null
}

type Snapshot = {
  created: string[]
  previous: (BakeryProfileInput & { id: string })[]
}

/** Creates or updates one profile per product; compensation restores what was there. */
export const upsertBakeryProfilesStep = createStep(
  "upsert-bakery-profiles",
  async (profiles: BakeryProfileInput[], { container }) => {
    const bakery: BakeryProductModuleService = container.resolve(BAKERY_PRODUCT_MODULE)
    const existing = await bakery.listBakeryProfiles({
      product_id: profiles.map((p) => p.product_id),
    })
    const byProduct = new Map(existing.map((p) => [p.product_id, p]))
    const toCreate = profiles.filter((p) => !byProduct.has(p.product_id))
    const toUpdate = profiles
      .filter((p) => byProduct.has(p.product_id))
      .map((p) => ({ ...p, id: byProduct.get(p.product_id)!.id }))

    const created = toCreate.length ? await bakery.createBakeryProfiles(toCreate) : []
    const updated = toUpdate.length ? await bakery.updateBakeryProfiles(toUpdate) : []

    const snapshot: Snapshot = {
      created: created.map((p) => p.id),
      previous: toUpdate.map((p) => byProduct.get(p.product_id)! as Snapshot["previous"][number]),
    }
    return new StepResponse([...created, ...updated], snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const bakery: BakeryProductModuleService = container.resolve(BAKERY_PRODUCT_MODULE)
    if (snapshot.created.length) {
      await bakery.deleteBakeryProfiles(snapshot.created)
    }
    if (snapshot.previous.length) {
      await bakery.updateBakeryProfiles(snapshot.previous)
    }
  }
)
