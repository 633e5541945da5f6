// One-off queries against the shop's database (order counts, versions).
import pg from "pg"

export async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

export async function countOrders(url) {
  return withClient(url, async (c) => Number((await c.query('select count(*) from "order" where deleted_at is null')).rows[0].count))
}
