import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import Stripe from "stripe"

/** Stripe's recommended window: an event signed longer ago than this is a replay. */
const STRIPE_SIGNATURE_TOLERANCE_SECONDS = 300

/** The signing secret the Stripe provider was registered with in medusa-config.ts. */
function stripeWebhookSecret(config: ConfigModule): string | undefined {
  const payment = config.modules?.[Modules.PAYMENT]
  const options = typeof payment === "object" ? (payment.options as PaymentModuleOptions | undefined) : undefined
  return options?.providers?.find((provider) => provider.id === "stripe")?.options?.webhookSecret
}

type PaymentModuleOptions = { providers?: { id?: string; options?: { webhookSecret?: string } }[] }

/** The `:provider` of Medusa's webhook route that reaches our Stripe provider `pp_stripe_stripe`. */
const STRIPE_WEBHOOK_PROVIDER = "stripe_stripe"

/**
 * Medusa's `/hooks/payment/:provider` route answers 200 at once and checks the
 * signature later in a subscriber, so a forged or stale event is never
 * refused to the sender. Checking here, against the raw body Medusa keeps for
 * that route, turns it into a 400 before anything is queued. It is wired on
 * the route's own pattern and decides by the provider Express decoded from
 * the path, so `stripe%5Fstripe`, another letter case or a trailing slash
 * cannot slip past the way they would past a literal path.
 */
export function verifyStripeSignature(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (String(req.params.provider ?? "").toLowerCase() !== STRIPE_WEBHOOK_PROVIDER) {
    return next()
  }
  const secret = stripeWebhookSecret(req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE))
  if (!secret) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "Stripe webhooks cannot be verified: STRIPE_WEBHOOK_SECRET is not set"
    )
  }
  const signature = req.headers["stripe-signature"]
  if (typeof signature !== "string" || !signature) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Stripe webhook refused: the Stripe-Signature header is missing")
  }
  try {
    Stripe.webhooks.constructEvent(req.rawBody, signature, secret, STRIPE_SIGNATURE_TOLERANCE_SECONDS)
  } catch (error) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Stripe webhook refused: ${(error as Error).message}`)
  }
  next()
}
