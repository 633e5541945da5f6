import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkReadiness } from "../../lib/readiness"

/**
 * GET /ready — the load balancer's readiness check (README "Deploying"):
 * 200 while Postgres and Redis answer, 503 naming the one that does not.
 * Medusa's own /health stays the liveness check.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const report = await checkReadiness({
    database: req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION),
    redisUrl: process.env.REDIS_URL,
  })
  res.set("Cache-Control", "no-store")
  res.status(report.status === "ready" ? 200 : 503).json(report)
}
