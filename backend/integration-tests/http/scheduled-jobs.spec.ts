/**
 * Every scheduled job run the way Medusa's job loader runs it: the default
 * export called with the container and a `{ scheduledFor }` context. A job
 * whose signature takes a second parameter of its own (reconcile-card-payments
 * once did, and failed every run with "Invalid time value") fails here.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { readdirSync } from "node:fs"
import { join } from "node:path"
import { expect, it } from "vitest"
import { createShopFixture } from "../fixtures/shop"

const JOBS_DIR = join(__dirname, "../../src/jobs")
const jobFiles = readdirSync(JOBS_DIR).filter((file) => file.endsWith(".ts"))

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    it("finds the shop's jobs", () => {
      expect(jobFiles.length).toBeGreaterThanOrEqual(5)
    })

    it.each(jobFiles)("%s runs as Medusa runs it, on a shop with nothing to do", async (file) => {
      const container = getContainer()
      await createShopFixture(container)
      const job = await import(join(JOBS_DIR, file))
      expect(job.config).toMatchObject({ name: file.replace(/\.ts$/, ""), schedule: expect.any(String) })
      expect(typeof job.default).toBe("function")
      await expect(job.default(container, { scheduledFor: new Date() })).resolves.not.toThrow()
    })
  },
})
