import { defineConfig } from "vitest/config"

// Integration suites boot the whole Medusa app in the worker; forks keep each
// suite's module registry apart, and one suite at a time fits a 2-core machine.
export default defineConfig({
  test: {
    globals: true,
    pool: "forks",
    fileParallelism: false,
    include: ["src/**/__tests__/**/*.test.ts", "integration-tests/**/*.spec.ts"],
    globalSetup: ["./integration-tests/global-setup.ts"],
    setupFiles: ["./integration-tests/setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
})
