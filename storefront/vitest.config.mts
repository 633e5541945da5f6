import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

export default defineConfig({
  resolve: {
    alias: {
      "astro:env/server": fileURLToPath(new URL("./src/lib/__tests__/support/astro-env-server.ts", import.meta.url)),
    },
  },
  test: {
    include: ["src/**/__tests__/**/*.test.ts"],
  },
})
