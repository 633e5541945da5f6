// `npm run seed`: loads the catalog into the configured database (DATABASE_URL,
// or the embedded Postgres that `npm start` uses). Safe to run again.
import { run } from "./lib/processes.mjs"
import { BACKEND_DIR, BIN, childEnv, loadRootEnv, openDatabase } from "./lib/shop-env.mjs"
import path from "node:path"

loadRootEnv()
const database = await openDatabase({ log: (line) => console.log(`» ${line}`) })
try {
  const output = await run(path.join(BIN, "medusa"), ["exec", "../seed/src/run.ts"], {
    cwd: BACKEND_DIR,
    env: childEnv({ ...process.env, DATABASE_URL: database.url, UPLOAD_DIR: process.env.UPLOAD_DIR ?? path.join(BACKEND_DIR, "../.data/uploads") }),
    label: "seed",
  })
  console.log(output.split("\n").filter((line) => /✓|products:|Seed|Seeding/.test(line)).join("\n"))
} catch (error) {
  console.error(`✗ ${error.message}`)
  process.exitCode = 1
} finally {
  await database.stop()
}
