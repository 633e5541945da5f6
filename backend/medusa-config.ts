import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import type { InputConfig } from "@medusajs/framework/types"
import {
  productionConfigProblem,
  sessionCookieOptions,
  workerMode,
} from "./src/lib/runtime-config"
// Closes a Medusa in-memory workflow store race that abandons completions under load (see the file).
import "./src/lib/queue-workflow-checkpoints"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const problem = productionConfigProblem(process.env)
if (problem) {
  // One clear line instead of a stack trace: this is an operator's mistake.
  console.error(`Sweet Crumbs backend refuses to start: ${problem}`)
  process.exit(1)
}

const redisUrl = process.env.REDIS_URL
const stripeApiKey = process.env.STRIPE_API_KEY
const storefrontUrl = process.env.STOREFRONT_URL ?? "http://localhost:4321"
const backendUrl = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"

/** Redis-backed infrastructure modules, used when REDIS_URL is set so several processes share one state. */
const redisModules: InputConfig["modules"] = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
      {
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            {
              resolve: "@medusajs/caching-redis",
              id: "caching-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

const paymentProviders = [
  ...(stripeApiKey
    ? [
        {
          // Medusa's Stripe card provider (pp_stripe_stripe) whose client can be
          // pointed at stripe-mock or a test's fake server via STRIPE_API_HOST.
          resolve: "./src/modules/stripe-payment",
          id: "stripe",
          options: {
            apiKey: stripeApiKey,
            webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
            capture: process.env.STRIPE_CAPTURE !== "manual",
            apiHost: process.env.STRIPE_API_HOST || undefined,
          },
        },
      ]
    : []),
]

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: workerMode(process.env),
    http: {
      storeCors: process.env.STORE_CORS ?? storefrontUrl,
      adminCors: process.env.ADMIN_CORS ?? backendUrl,
      authCors: process.env.AUTH_CORS ?? `${storefrontUrl},${backendUrl}`,
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
      compression: { enabled: true },
    },
    cookieOptions: sessionCookieOptions(backendUrl),
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
    backendUrl,
  },
  modules: [
    ...redisModules,
    { resolve: "@medusajs/medusa/notification", options: { providers: [{ resolve: "./src/modules/mailer", id: "mailer", options: { channels: ["email"], smtpUrl: process.env.SMTP_URL, from: process.env.MAIL_FROM ?? "Sweet Crumbs Bakery <orders@sweetcrumbs.example>", outboxDir: process.env.MAIL_OUTBOX_DIR } }] } },
    { resolve: "./src/modules/scheduling" },
    { resolve: "./src/modules/bakery-product" },
    { resolve: "./src/modules/bake-plan" },
    { resolve: "./src/modules/waitlist" },
    {
      // Product photos Maya uploads (and the seed's illustrations) live on disk;
      // UPLOAD_DIR keeps them outside the build output so rebuilds never lose them.
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              upload_dir: process.env.UPLOAD_DIR,
              backend_url: `${backendUrl}/static`,
            },
          },
        ],
      },
    },
    ...(paymentProviders.length
      ? [
          {
            resolve: "@medusajs/medusa/payment",
            options: { providers: paymentProviders },
          },
        ]
      : []),
  ],
})
