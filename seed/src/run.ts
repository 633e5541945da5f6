import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CARD_PROVIDER, PAY_AT_PICKUP_PROVIDER } from "@sweet-crumbs/bakery-rules/payment-providers"
import { ensureBakePlan, resolveBakePlan } from "./bake-plan"
import { loadCatalog } from "./catalog"
import { loadShop } from "./load-shop"

/**
 * `medusa exec` entry point (`npm run seed`): validates the whole catalog
 * and bake plan before writing anything, then loads them and prints a summary.
 */
export default async function seedBakery({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const catalog = loadCatalog()
  const bakePlan = resolveBakePlan(catalog)
  logger.info(`Seeding Sweet Crumbs: ${catalog.products.length} products in ${catalog.categories.length} categories`)
  const summary = await loadShop(container, {
    catalog,
    paymentProviders: process.env.STRIPE_API_KEY ? [PAY_AT_PICKUP_PROVIDER, CARD_PROVIDER] : [PAY_AT_PICKUP_PROVIDER],
    log: (line) => logger.info(line),
  })
  const planned = await ensureBakePlan(container, bakePlan)
  logger.info(planned ? `✓ bake plan: ${planned} groups` : "✓ bake plan kept as Maya left it")
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  logger.info(
    `Seed finished in ${seconds}s: ${summary.products_created} products created, ${summary.products_updated} updated, ` +
      `${summary.categories} categories, ${summary.collections} collections; publishable key ${summary.publishable_key}`
  )
}
