import { toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { BakePlanGroupView, WeekdayQuantities } from "../../api/admin/bakery/bake-plan/types"
import { errorMessage } from "../lib/error-message"
import { sdk } from "../lib/sdk"

export const BAKE_PLAN_KEY = ["bake-plan"]

export type BakePlanGroupChanges = {
  name?: string
  unit?: string
  weekday_quantities?: WeekdayQuantities
  items?: { variant_id: string; units: number }[]
}

export type BakePlanOverrideChange = { date: string; quantity: number; reason: string | null }

/**
 * Maya's bake plan and what she can do to it. Every change reloads the plan
 * (and the production sheet, whose planned/left figures follow it).
 */
export function useBakePlan() {
  const queryClient = useQueryClient()
  const { data, isLoading, isError, error } = useQuery({
    queryKey: BAKE_PLAN_KEY,
    queryFn: () => sdk.client.fetch<{ bake_plan_groups: BakePlanGroupView[] }>("/admin/bakery/bake-plan/groups"),
  })
  const mutation = <TInput>(call: (input: TInput) => Promise<unknown>, done: string) =>
    useMutation({
      mutationFn: call,
      onSuccess: () => {
        toast.success(done)
        queryClient.invalidateQueries({ queryKey: BAKE_PLAN_KEY })
        queryClient.invalidateQueries({ queryKey: ["production-sheet"] })
      },
      onError: (e) => toast.error(errorMessage(e)),
    })

  const createGroup = mutation(
    (body: Required<BakePlanGroupChanges>) => sdk.client.fetch("/admin/bakery/bake-plan/groups", { method: "POST", body }),
    "Group added to the bake plan"
  )
  const saveGroup = mutation(
    ({ id, ...body }: BakePlanGroupChanges & { id: string }) =>
      sdk.client.fetch(`/admin/bakery/bake-plan/groups/${id}`, { method: "POST", body }),
    "Bake plan saved"
  )
  const deleteGroup = mutation(
    (id: string) => sdk.client.fetch(`/admin/bakery/bake-plan/groups/${id}`, { method: "DELETE" }),
    "Group taken off the bake plan"
  )
  const setOverride = mutation(
    ({ group_id, ...body }: BakePlanOverrideChange & { group_id: string }) =>
      sdk.client.fetch(`/admin/bakery/bake-plan/groups/${group_id}/overrides`, { method: "POST", body }),
    "Date saved"
  )
  const removeOverride = mutation(
    ({ group_id, id }: { group_id: string; id: string }) =>
      sdk.client.fetch(`/admin/bakery/bake-plan/groups/${group_id}/overrides/${id}`, { method: "DELETE" }),
    "Date back to its weekday's plan"
  )

  return {
    groups: data?.bake_plan_groups ?? [],
    isLoading,
    loadError: isError ? errorMessage(error) : null,
    createGroup: createGroup.mutate,
    isCreating: createGroup.isPending,
    saveGroup: saveGroup.mutate,
    isSaving: saveGroup.isPending,
    deleteGroup: deleteGroup.mutate,
    setOverride: setOverride.mutate,
    isSettingOverride: setOverride.isPending,
    removeOverride: removeOverride.mutate,
  }
}

export type ProductChoice = { id: string; title: string; variants: { id: string; title: string }[] }

/** Products whose title matches what Maya types, to add to a group. */
export function useProductSearch(q: string) {
  return useQuery({
    queryKey: ["bake-plan", "product-search", q],
    enabled: q.trim().length >= 2,
    queryFn: () =>
      sdk.client
        .fetch<{ products: ProductChoice[] }>("/admin/products", {
          query: { q, limit: 8, fields: "id,title,variants.id,variants.title" },
        })
        .then(({ products }) => products),
  })
}
