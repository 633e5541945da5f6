import { defineConfig } from "vitest/config"

/**
 * Browser tests against a running shop (STOREFRONT_URL, MEDUSA_BACKEND_URL). The whole-stack
 * global setup that boots backend + storefront is provided by the workspace's test harness.
 */
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
})
