import Medusa, { FetchError } from "@medusajs/js-sdk"
import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY, STOREFRONT_PROXY_SECRET } from "astro:env/server"
import { currentVisitorIp, proxyHeaders } from "../client-ip"

/**
 * The storefront's one Medusa client. It runs on the server only and never stores a customer
 * token itself ("nostore"): each request passes the visitor's token from their cookie instead.
 */
export const sdk = new Medusa({
  baseUrl: MEDUSA_BACKEND_URL,
  publishableKey: MEDUSA_PUBLISHABLE_KEY,
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})

/** Thrown when the backend cannot be reached, so the middleware can answer a friendly 503. */
export class BackendUnavailableError extends Error {
  constructor(cause: unknown) {
    super("The bakery's backend is not reachable", { cause })
    this.name = "BackendUnavailableError"
  }
}

/** The backend answered with an HTTP error; `status` and a readable `message` come from Medusa. */
export function isFetchError(error: unknown): error is FetchError {
  return error instanceof FetchError || (error instanceof Error && typeof (error as FetchError).status === "number")
}

/** The HTTP status of a backend error, if it was one. */
export function httpStatus(error: unknown): number | undefined {
  return isFetchError(error) ? error.status : undefined
}

/** A 4xx: the backend refused this request (and said why); retrying the same won't help. */
export function isClientError(error: unknown): error is FetchError {
  const status = httpStatus(error)
  return status !== undefined && status >= 400 && status < 500
}

/** Network failures (refused, reset, DNS, timeout) and any 5xx mean "the bakery's backend is in trouble". */
export function isBackendDown(error: unknown): boolean {
  if (error instanceof BackendUnavailableError) return true
  const status = httpStatus(error)
  if (status !== undefined) return status >= 500
  return error instanceof TypeError && /fetch failed|network|ECONNREFUSED/i.test(`${error.message} ${String(error.cause)}`)
}

/** Runs a backend call and turns a network failure into `BackendUnavailableError`. */
export async function callBackend<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if (isBackendDown(error)) throw new BackendUnavailableError(error)
    throw error
  }
}

/**
 * Headers for one call on a visitor's behalf: their token when signed in, and their address
 * (with our proxy secret) so the backend's per-address limits count them, not this server.
 */
export function customerHeaders(token?: string): Record<string, string> {
  return { ...proxyHeaders(currentVisitorIp(), STOREFRONT_PROXY_SECRET), ...(token ? { authorization: `Bearer ${token}` } : {}) }
}

/** The backend's rate limits refused the call; its message says how long to wait. */
export function isRateLimited(error: unknown): boolean {
  return httpStatus(error) === 429
}

/** A readable message from any backend error, for showing next to a form field. */
export function backendMessage(error: unknown, fallback = "Something went wrong. Please try again."): string {
  if (isClientError(error) && error.message) return error.message
  return fallback
}
