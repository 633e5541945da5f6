import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          globals: true,
          include: ["src/**/__tests__/**/*.test.ts", "integration-tests/cluster/*.test.ts"],
          testTimeout: 30_000,
        },
      },
      {
        // Integration suites boot the whole Medusa app in the worker; forks keep
        // each suite's module registry apart, and one suite at a time fits 2 cores.
        test: {
          name: "integration",
          globals: true,
          pool: "forks",
          fileParallelism: false,
          include: ["integration-tests/**/*.spec.ts"],
          globalSetup: ["./integration-tests/global-setup.mts"],
          setupFiles: ["./integration-tests/setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
})
