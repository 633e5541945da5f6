import { execFileSync } from "node:child_process"
import path from "node:path"
import StripePaymentService, { type StripePaymentOptions } from "../../modules/stripe-payment/service"

const backend = path.resolve(__dirname, "../../..")

const environments = {
  withoutStripe: {},
  stripe: { STRIPE_API_KEY: "sk_test_123", STRIPE_WEBHOOK_SECRET: "whsec_abc" },
  manualCapture: { STRIPE_API_KEY: "sk_test_123", STRIPE_WEBHOOK_SECRET: "whsec_abc", STRIPE_CAPTURE: "manual" },
  mockHost: { STRIPE_API_KEY: "sk_test_123", STRIPE_API_HOST: "http://localhost:12111" },
}

/**
 * Loads the real medusa-config.ts once per environment, in one fresh Node
 * (each load costs seconds), and returns each load's payment module entry.
 */
function paymentModules(): Record<keyof typeof environments, any> {
  const script = `
    const environments = ${JSON.stringify(environments)}
    const result = {}
    for (const [name, env] of Object.entries(environments)) {
      // Empty values count as unset and, unlike absent ones, are not filled in from a developer's .env.
      Object.assign(process.env, { STRIPE_API_KEY: "", STRIPE_WEBHOOK_SECRET: "", STRIPE_CAPTURE: "", STRIPE_API_HOST: "" }, env)
      delete require.cache[require.resolve("./medusa-config.ts")]
      result[name] = require("./medusa-config.ts").modules.payment
    }
    process.stdout.write(JSON.stringify(result))
  `
  const output = execFileSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], {
    cwd: backend,
    env: { ...process.env, NODE_ENV: "test", TS_NODE_COMPILER_OPTIONS: '{"module":"commonjs"}' },
    stdio: "pipe",
  })
  return JSON.parse(String(output))
}

describe("payment providers in medusa-config", () => {
  let modules: ReturnType<typeof paymentModules>

  beforeAll(() => {
    modules = paymentModules()
  }, 60_000)

  it("offers only pay at pickup without STRIPE_API_KEY", () => {
    // Medusa's default payment module, whose only provider is the system one, pp_system_default.
    expect(modules.withoutStripe).toEqual({ resolve: "@medusajs/medusa/payment" })
  })

  it("registers Stripe as pp_stripe_stripe with automatic capture and the webhook secret", () => {
    expect(modules.stripe).toEqual({
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            resolve: "./src/modules/stripe-payment",
            id: "stripe",
            options: { apiKey: "sk_test_123", webhookSecret: "whsec_abc", capture: true },
          },
        ],
      },
    })
    // Medusa names a provider pp_<identifier>_<id>.
    expect(StripePaymentService.identifier).toBe("stripe")
  })

  it("captures manually with STRIPE_CAPTURE=manual", () => {
    expect(modules.manualCapture.options.providers[0].options).toEqual({
      apiKey: "sk_test_123",
      webhookSecret: "whsec_abc",
      capture: false,
    })
  })

  it("passes STRIPE_API_HOST to the provider when it is set", () => {
    expect(modules.mockHost.options.providers[0].options).toMatchObject({ apiHost: "http://localhost:12111" })
  })
})

describe("Stripe provider options", () => {
  it("refuses a local API host with a live key", () => {
    expect(() =>
      StripePaymentService.validateOptions({ apiKey: "sk_live_123", webhookSecret: "whsec_abc", apiHost: "http://localhost:12111" })
    ).toThrow(/use it only with an sk_test_ key/)
    expect(() => StripePaymentService.validateOptions({ apiKey: "sk_live_123", webhookSecret: "whsec_abc" })).not.toThrow()
    expect(() =>
      StripePaymentService.validateOptions({ apiKey: "sk_test_123", webhookSecret: "whsec_abc", apiHost: "http://localhost:12111" })
    ).not.toThrow()
  })

  it("still requires the API key, like Medusa's provider", () => {
    expect(() => StripePaymentService.validateOptions({ webhookSecret: "whsec_abc" } as StripePaymentOptions)).toThrow(/apiKey/)
  })
})
