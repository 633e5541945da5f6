// The orders stored in the shop's database, to check completions against.
import { withClient } from "../../scripts/lib/database.mjs"

export async function countOrders(url) {
  return withClient(url, async (c) => Number((await c.query('select count(*) from "order" where deleted_at is null')).rows[0].count))
}
