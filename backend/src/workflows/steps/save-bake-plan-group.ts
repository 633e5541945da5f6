import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKE_PLAN_MODULE } from "../../modules/bake-plan"
import type { WeeklyQuantities } from "../../modules/bake-plan/bake-days"
import type BakePlanModuleService from "../../modules/bake-plan/service"
import type { PreparedBakePlanItem } from "./prepare-bake-plan-items"

export type SaveBakePlanGroupInput = {
  /** Left out to create a group. */
  id?: string
  name?: string
  unit?: string
  weekday_quantities?: WeeklyQuantities
  /** The group's whole list of variants; left out, the list stays as it is. */
  items?: PreparedBakePlanItem[]
}

export type SavedBakePlanGroup = {
  id: string
  /** Variants that joined the plan with Medusa stock on: the plan replaces it. */
  stock_off: string[]
  /** Variants that left the plan and had Medusa stock before joining it. */
  stock_back: string[]
}

type StoredItem = PreparedBakePlanItem & { id: string; group_id: string }
type Snapshot =
  | { created_group_id: string }
  | {
      group: { id: string; name: string; unit: string; weekday_quantities: WeeklyQuantities }
      created_item_ids: string[]
      removed: StoredItem[]
      changed: { id: string; units: number }[]
    }

const itemFields = ["id", "group_id", "variant_id", "product_id", "units", "stock_managed_before"]

/**
 * Creates a bake plan group or saves Maya's changes to one (name, unit,
 * weekday quantities, and the list of variants with the units each counts
 * as). The compensation puts back what was there.
 */
export const saveBakePlanGroupStep = createStep(
  "save-bake-plan-group",
  async (input: SaveBakePlanGroupInput, { container }) => {
    const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
    if (input.name !== undefined) {
      const [sameName] = await bakePlan.listBakePlanGroups({ name: input.name }, { select: ["id"] })
      if (sameName && sameName.id !== input.id) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `There is already a bake plan group called ${input.name}.`)
      }
    }
    const { id, items, ...fields } = input

    if (!id) {
      const group = await bakePlan.createBakePlanGroups(fields as Required<typeof fields>)
      const created = items?.length
        ? await bakePlan.createBakePlanItems(items.map((item) => ({ ...item, group_id: group.id })))
        : []
      const saved: SavedBakePlanGroup = {
        id: group.id,
        stock_off: created.filter((item) => item.stock_managed_before).map((item) => item.variant_id),
        stock_back: [],
      }
      return new StepResponse(saved, { created_group_id: group.id } as Snapshot)
    }

    // Throws NOT_FOUND (404) for an unknown id.
    const previous = await bakePlan.retrieveBakePlanGroup(id, { select: ["id", "name", "unit", "weekday_quantities"] })
    const before = (await bakePlan.listBakePlanItems({ group_id: id }, { select: itemFields })) as unknown as StoredItem[]
    if (Object.keys(fields).length) {
      await bakePlan.updateBakePlanGroups({ id, ...fields })
    }
    const snapshot: Snapshot = {
      group: { id, name: previous.name, unit: previous.unit, weekday_quantities: previous.weekday_quantities },
      created_item_ids: [],
      removed: [],
      changed: [],
    }
    const saved: SavedBakePlanGroup = { id, stock_off: [], stock_back: [] }
    if (items) {
      const wanted = new Map(items.map((item) => [item.variant_id, item]))
      snapshot.removed = before.filter((item) => !wanted.has(item.variant_id))
      const kept = before.filter((item) => wanted.has(item.variant_id))
      snapshot.changed = kept
        .filter((item) => wanted.get(item.variant_id)!.units !== item.units)
        .map((item) => ({ id: item.id, units: item.units }))
      const added = items.filter((item) => !before.some((b) => b.variant_id === item.variant_id))

      if (snapshot.removed.length) {
        await bakePlan.deleteBakePlanItems(snapshot.removed.map((item) => item.id))
      }
      if (snapshot.changed.length) {
        await bakePlan.updateBakePlanItems(
          snapshot.changed.map(({ id }) => ({ id, units: wanted.get(kept.find((k) => k.id === id)!.variant_id)!.units }))
        )
      }
      const created = added.length ? await bakePlan.createBakePlanItems(added.map((item) => ({ ...item, group_id: id }))) : []
      snapshot.created_item_ids = created.map((item) => item.id)
      saved.stock_off = created.filter((item) => item.stock_managed_before).map((item) => item.variant_id)
      saved.stock_back = snapshot.removed.filter((item) => item.stock_managed_before).map((item) => item.variant_id)
    }
    return new StepResponse(saved, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const bakePlan: BakePlanModuleService = container.resolve(BAKE_PLAN_MODULE)
    if ("created_group_id" in snapshot) {
      const items = await bakePlan.listBakePlanItems({ group_id: snapshot.created_group_id }, { select: ["id"] })
      await bakePlan.deleteBakePlanItems(items.map((item) => item.id))
      await bakePlan.deleteBakePlanGroups(snapshot.created_group_id)
      return
    }
    await bakePlan.deleteBakePlanItems(snapshot.created_item_ids)
    if (snapshot.changed.length) {
      await bakePlan.updateBakePlanItems(snapshot.changed)
    }
    if (snapshot.removed.length) {
      await bakePlan.createBakePlanItems(snapshot.removed)
    }
    await bakePlan.updateBakePlanGroups(snapshot.group)
  }
)
