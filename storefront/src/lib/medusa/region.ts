import type { HttpTypes } from "@medusajs/types"
import { callBackend, sdk } from "./client"

let regionPromise: Promise<HttpTypes.StoreRegion> | undefined

/** Sweet Crumbs sells in one region ("United States", USD); it is looked up once per process. */
export function getRegion(): Promise<HttpTypes.StoreRegion> {
  regionPromise ??= callBackend(() => sdk.store.region.list({ limit: 20 }))
    .then(({ regions }) => {
      const region = regions.find((r) => r.currency_code === "usd") ?? regions[0]
      if (!region) throw new Error("The backend has no region to sell in")
      return region
    })
    .catch((error: unknown) => {
      regionPromise = undefined
      throw error
    })
  return regionPromise
}
