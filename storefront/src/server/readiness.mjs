// @ts-check

/** How long the backend's readiness check may take before the storefront calls itself not ready. */
export const READINESS_TIMEOUT_MS = 1000

/**
 * The storefront is ready when the backend is: every page beyond the
 * pre-rendered catalog (basket, checkout, account) needs it. Asks the
 * backend's GET /ready each time, so a load balancer sees an outage at once.
 * @param {string} backendUrl
 * @returns {Promise<{ status: 200 | 503, body: { status: "ready" | "unavailable", checks: { backend: "ok" | "not ready" | "unreachable" | "timed out" } } }>}
 */
export async function storefrontReadiness(backendUrl, timeoutMs = READINESS_TIMEOUT_MS) {
  /** @type {"ok" | "not ready" | "unreachable" | "timed out"} */
  let backend
  try {
    const response = await fetch(new URL("/ready", backendUrl), { signal: AbortSignal.timeout(timeoutMs) })
    await response.body?.cancel()
    backend = response.ok ? "ok" : "not ready"
  } catch (error) {
    backend = error instanceof Error && error.name === "TimeoutError" ? "timed out" : "unreachable"
  }
  return backend === "ok"
    ? { status: 200, body: { status: "ready", checks: { backend } } }
    : { status: 503, body: { status: "unavailable", checks: { backend } } }
}
