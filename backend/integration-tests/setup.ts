import { inject } from "vitest"
import { loadEnv } from "@medusajs/framework/utils"
import { MetadataStorage } from "@medusajs/framework/mikro-orm/core"

loadEnv("test", process.cwd())

const database = inject("database")
// Medusa's runner turns on SSL for any host that is not "localhost".
process.env.DB_HOST = database.host === "127.0.0.1" ? "localhost" : database.host
process.env.DB_PORT = database.port
process.env.DB_USERNAME = database.username
process.env.DB_PASSWORD = database.password

// The runner `require`s medusa-config.ts and our modules: let Node load TypeScript.
require("ts-node").register({
  transpileOnly: true,
  compilerOptions: { module: "commonjs" },
})

// Each suite boots its own app; stale entity metadata from a previous boot breaks MikroORM.
MetadataStorage.clear()
