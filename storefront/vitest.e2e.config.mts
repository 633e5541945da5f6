import { defineConfig } from "vitest/config"

/**
 * Browser tests against the whole shop. The global setup starts it with
 * `npm start`'s script (embedded Postgres, free ports) unless STOREFRONT_URL
 * points at one that is already running.
 */
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.test.ts"],
    globalSetup: ["./e2e/global-setup.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
})
