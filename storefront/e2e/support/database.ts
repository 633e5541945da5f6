// @ts-ignore -- plain ESM helper shared with `npm start`
import { withClient } from "../../../scripts/lib/database.mjs"

/**
 * The shop's database, to check what a test's requests left behind: the one
 * the global setup started (E2E_DATABASE_URL), or null for a shop started
 * elsewhere (STOREFRONT_URL given without E2E_DATABASE_URL).
 */
export const SHOP_DATABASE_URL: string | null = process.env.E2E_DATABASE_URL ?? null

export async function sql<T = Record<string, any>>(text: string, values: unknown[] = []): Promise<T[]> {
  if (!SHOP_DATABASE_URL) throw new Error("E2E_DATABASE_URL is not set: the shop's database is unknown.")
  return withClient(SHOP_DATABASE_URL, async (client: any) => (await client.query(text, values)).rows)
}
