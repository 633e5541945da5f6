import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { RATE_LIMIT_DEFAULTS, tooManyMessage, type RateLimitTopic } from "@sweet-crumbs/bakery-rules/rate-limits"
import {
  CLIENT_IP_HEADER,
  normaliseEmail,
  PROXY_SECRET_HEADER,
  resolveClientIp,
  sharedRateLimiters,
  type LimitKey,
  type Refusal,
} from "../lib/rate-limits"

/** Route matchers (regex, case-insensitive like Express's own paths, so they run before Medusa's route middlewares). */
export const RATE_LIMITED_ROUTES = {
  signIn: /^\/auth\/[^/]+\/emailpass\/?$/i,
  authRegister: /^\/auth\/[^/]+\/emailpass\/register\/?$/i,
  storeCustomers: /^\/store\/customers\/?$/i,
  passwordReset: /^\/auth\/[^/]+\/emailpass\/reset-password\/?$/i,
  completeCart: /^\/store\/carts\/[^/]+\/complete\/?$/i,
  cartWrites: /^\/store\/carts(\/.*)?$/i,
  waitlist: /^\/store\/bakery\/waitlist\/?$/i,
}

/** The address this request is counted under (see resolveClientIp for whom we believe). */
export function clientIpOf(req: MedusaRequest): string {
  return resolveClientIp(
    {
      socketIp: req.socket?.remoteAddress,
      forwardedForIp: req.ip,
      clientIpHeader: req.get(CLIENT_IP_HEADER),
      proxySecretHeader: req.get(PROXY_SECRET_HEADER),
    },
    {
      proxySecret: process.env.STOREFRONT_PROXY_SECRET || undefined,
      trustForwardedFor: process.env.TRUST_FORWARDED_FOR === "true",
    }
  )
}

function limiters(req: MedusaRequest) {
  return sharedRateLimiters(req.scope.resolve(ContainerRegistrationKeys.LOGGER))
}

/** 429 with Retry-After and Medusa's error shape, worded for whoever is waiting. */
function refuse(req: MedusaRequest, res: MedusaResponse, refusal: Refusal) {
  const topic: RateLimitTopic = RATE_LIMIT_DEFAULTS[refusal.limit].topic
  req.scope
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Rate limit ${refusal.limit} refused ${req.method} ${req.path} for ${refusal.retryAfterSeconds}s`)
  res.setHeader("Retry-After", String(refusal.retryAfterSeconds))
  res.status(429).json({ type: "not_allowed", message: tooManyMessage(topic, refusal.retryAfterSeconds) })
}

/** The actor ("user", "customer") in /auth/:actor/emailpass/... */
const actorOf = (req: MedusaRequest) => req.path.split("/")[2]?.toLowerCase() ?? ""

/**
 * Sign-in: at most N failed attempts per account and per address. Each
 * attempt takes its point before the password is checked (so parallel guesses
 * cannot slip through); once the answer is known, anything but a 401 gives it
 * back, and a success clears the account's count. The password is never read.
 */
export async function limitFailedSignIns(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const email = normaliseEmail((req.body as Record<string, unknown> | undefined)?.email)
  const ip: LimitKey = { limit: "sign_in_ip", key: clientIpOf(req) }
  const account: LimitKey | null = email ? { limit: "sign_in_account", key: `${actorOf(req)}:${email}` } : null
  const keys = account ? [ip, account] : [ip]
  const rate = limiters(req)
  const refusal = await rate.consume(keys)
  if (refusal) {
    return refuse(req, res, refusal)
  }
  // "finish" fires only for a response that was sent: an aborted guess keeps its point.
  res.once("finish", () => {
    if (res.statusCode === 401) {
      return
    }
    void rate.refund(res.statusCode < 300 ? [ip] : keys)
    if (res.statusCode < 300 && account) {
      void rate.clear([account])
    }
  })
  next()
}

/** Counts every request against the keys `keysOf` names; over any limit, 429. */
export function limitRequests(keysOf: (req: MedusaRequest) => Promise<LimitKey[]> | LimitKey[]) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const refusal = await limiters(req).consume(await keysOf(req))
    if (refusal) {
      return refuse(req, res, refusal)
    }
    next()
  }
}

/** Registering an identity and creating the customer are counted apart: one sign-up is one of each. */
export const limitSignUps = (step: "identity" | "customer") =>
  limitRequests((req) => [{ limit: "sign_up_ip", key: `${step}:${clientIpOf(req)}` }])

/** Per email asked for (known or not, so the answer says nothing about who has an account) and per address. */
export const limitPasswordResets = limitRequests((req) => {
  const identifier = normaliseEmail((req.body as Record<string, unknown> | undefined)?.identifier)
  return [
    { limit: "password_reset_ip", key: clientIpOf(req) },
    ...(identifier ? [{ limit: "password_reset_email" as const, key: `${actorOf(req)}:${identifier}` }] : []),
  ]
})

/** Per address and per the cart's email, whatever the attempt's outcome. */
export const limitOrderPlacement = limitRequests(async (req) => {
  const cartId = /^\/store\/carts\/([^/]+)\/complete/i.exec(req.path)?.[1]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = cartId
    ? await query.graph({ entity: "cart", fields: ["email"], filters: { id: cartId } })
    : { data: [] }
  const email = normaliseEmail(carts[0]?.email)
  return [
    { limit: "orders_ip", key: clientIpOf(req) },
    ...(email ? [{ limit: "orders_email" as const, key: email }] : []),
  ]
})

export const limitCartWrites = limitRequests((req) => [{ limit: "cart_writes_ip", key: clientIpOf(req) }])

export const limitWaitlistSignUps = limitRequests((req) => {
  const email = normaliseEmail((req.body as { email?: unknown } | undefined)?.email)
  return [{ limit: "waitlist_ip", key: clientIpOf(req) }, ...(email ? [{ limit: "waitlist_email" as const, key: email }] : [])]
})
