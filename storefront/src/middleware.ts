import { defineMiddleware, sequence } from "astro:middleware"
import { getActionContext } from "astro:actions"
import { isBackendDown } from "./lib/medusa/client"
import { startCatalogRefresher } from "./lib/freshness/refresher"
import { safeNextPath, type FormOutcome } from "./lib/forms"
import { PAGE_CACHE_CONTROL } from "./lib/cache-control.mjs"
import { MEDUSA_BACKEND_URL, SITE_URL, STRIPE_PUBLISHABLE_KEY, TRUST_FORWARDED_FOR } from "astro:env/server"
import { securityHeaders } from "./lib/security-headers.mjs"
import { visitorIp, withVisitorIp } from "./lib/client-ip"

/** Pages that show one visitor's basket, account or order are never stored by a shared cache. */
const PRIVATE_PATHS = /^\/(cart|checkout|account|order|_actions|api|internal)(\/|$)/

const freshness = defineMiddleware((context, next) => {
  if (import.meta.env.PROD && !context.isPrerendered) startCatalogRefresher()
  return next()
})

/** Every backend call made while serving a visitor carries their address (see lib/client-ip.ts). */
const visitorAddress = defineMiddleware((context, next) => {
  if (context.isPrerendered) return next()
  let peer: string | undefined
  try {
    peer = context.clientAddress
  } catch {
    // No socket address (some dev and test set-ups): the visitor counts as "unknown".
  }
  return withVisitorIp(visitorIp(context.request.headers, peer, TRUST_FORWARDED_FOR), next)
})

/**
 * Plain form posts (no JavaScript): a successful action answers 303 to the page it names
 * (post/redirect/get, so reloading never re-submits); a failed one renders the page with the
 * result, so errors show next to their fields with the customer's input kept.
 */
const formActions = defineMiddleware(async (context, next) => {
  if (context.isPrerendered) return next()
  const { action, setActionResult, serializeActionResult } = getActionContext(context)
  if (action?.calledFrom !== "form") return next()
  const result = await action.handler()
  const outcome = result.data as FormOutcome | undefined
  if (!result.error && outcome?.ok) return context.redirect(safeNextPath(outcome.redirectTo), 303)
  setActionResult(action.name, serializeActionResult(result))
  return next()
})

/** When the bakery's backend is down, every dynamic page says so kindly, with a 503. */
const backendTrouble = defineMiddleware(async (context, next) => {
  try {
    return await next()
  } catch (error) {
    if (context.isPrerendered || !isBackendDown(error)) throw error
    console.error(`[storefront] backend unreachable while rendering ${context.url.pathname}`)
    const page = await context.rewrite("/trouble")
    return new Response(page.body, { status: 503, headers: { ...Object.fromEntries(page.headers), "retry-after": "30" } })
  }
})

// Astro's dev server injects inline scripts (toolbar, hot reload), so `npm run dev` goes without the CSP.
const SECURITY_HEADERS = Object.entries(securityHeaders({ MEDUSA_BACKEND_URL, SITE_URL, STRIPE_PUBLISHABLE_KEY })).filter(
  ([name]) => !(import.meta.env.DEV && name.toLowerCase() === "content-security-policy"),
)

const cacheHeaders = defineMiddleware(async (context, next) => {
  const response = await next()
  // Pre-rendered pages get them from server.mjs in production; here in development.
  for (const [name, value] of SECURITY_HEADERS) response.headers.set(name, value)
  if (context.isPrerendered) return response
  if (!response.headers.has("cache-control")) {
    const shared = context.request.method === "GET" && response.status === 200 && !PRIVATE_PATHS.test(context.url.pathname)
    response.headers.set("cache-control", shared ? PAGE_CACHE_CONTROL : "private, no-store")
  }
  return response
})

export const onRequest = sequence(freshness, visitorAddress, cacheHeaders, backendTrouble, formActions)
