import { defineConfig } from "vitest/config"

// `npm run test:faults`: the cluster fault suite (integration-tests/cluster/*.fault.ts),
// kept out of `npm test` because it builds and boots the whole cluster. It starts
// its own Postgres and Redis processes, since it stops them.
export default defineConfig({
  test: {
    name: "faults",
    globals: true,
    pool: "forks",
    fileParallelism: false,
    include: ["integration-tests/cluster/*.fault.ts"],
    testTimeout: 300_000,
    hookTimeout: 25 * 60_000,
  },
})
