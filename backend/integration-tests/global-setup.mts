import { rm } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import type { TestProject } from "vitest/node"
// @ts-ignore -- plain ESM helper shared with `npm start`
import { freePort } from "../../scripts/lib/ports.mjs"

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
  // A throwaway cluster per run, so parallel runs never share (or stop) one server.
  const port = await freePort()
  const dataDir = path.join(os.tmpdir(), `sweet-crumbs-test-pg-${process.pid}-${port}`)
  const pg = await startEmbeddedPostgres({ dataDir, port })
  project.provide("database", {
    host: "localhost",
    port: String(port),
    username: EMBEDDED_PG_USER,
    password: EMBEDDED_PG_PASSWORD,
  })
  return async () => {
    await pg.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
}


declare module "vitest" {
  export interface ProvidedContext {
    database: { host: string; port: string; username: string; password: string }
  }
}
