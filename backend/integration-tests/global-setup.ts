import path from "node:path"
import type { TestProject } from "vitest/node"

/**
 * Gives every integration suite a Postgres: the one named by DB_HOST (CI and
 * developers with their own server), or an embedded one started here, so
 * `npm test` works on a machine with only Node and npm.
 */
export default async function setup(project: TestProject) {
  if (process.env.DB_HOST) {
    project.provide("database", {
      host: process.env.DB_HOST,
      port: process.env.DB_PORT ?? "5432",
      username: process.env.DB_USERNAME ?? "postgres",
      password: process.env.DB_PASSWORD ?? "",
    })
    return
  }
  const { startEmbeddedPostgres, EMBEDDED_PG_USER, EMBEDDED_PG_PASSWORD } = await import(
    // @ts-ignore -- plain ESM helper shared with `npm start`
    "../../scripts/lib/embedded-postgres.mjs"
  )
  const port = Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54329)
  const pg = await startEmbeddedPostgres({
    dataDir: path.resolve(__dirname, "../../.data/test-postgres"),
    port,
  })
  project.provide("database", {
    host: "localhost",
    port: String(port),
    username: EMBEDDED_PG_USER,
    password: EMBEDDED_PG_PASSWORD,
  })
  return () => pg.stop()
}

declare module "vitest" {
  export interface ProvidedContext {
    database: { host: string; port: string; username: string; password: string }
  }
}
