// Load generator process: runs autocannon against one target and reports
// throughput and latency percentiles to the parent over IPC. It runs in its own
// process so the harness (RSS sampling, bookkeeping) never competes with it.
import { createRequire } from "node:module"
import { answerParent } from "./generator.mjs"
import { latencySummary } from "./stats.mjs"

// autocannon is CommonJS; require() also honours NODE_PATH, which lets the bench
// run from a dependency prefix outside the workspace during development.
const autocannon = createRequire(import.meta.url)("autocannon")

answerParent(async (spec) => {
  if (spec.warmupSeconds > 0) await measure({ ...spec, duration: spec.warmupSeconds })
  return measure({ ...spec, duration: spec.seconds })
})

/**
 * `spec.requests` ([{ path, body? }]) are sent in turn, one per request across
 * all connections, so consecutive in-flight requests never share an item (a cart).
 */
function measure({ origin, connections, duration, method = "GET", headers = {}, requests, timeoutSeconds = 30 }) {
  let next = 0
  const latencies = []
  const statuses = {}
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections,
        duration,
        timeout: timeoutSeconds,
        method,
        headers,
        requests: [
          {
            setupRequest(request) {
              const item = requests[next++ % requests.length]
              return { ...request, path: item.path, ...(item.body === undefined ? {} : { body: JSON.stringify(item.body) }) }
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error)
        const ok = latencies.length - Object.entries(statuses).reduce((n, [code, count]) => n + (Number(code) < 200 || Number(code) >= 300 ? count : 0), 0)
        resolve({
          connections,
          seconds: result.duration,
          responses: latencies.length,
          ok,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          statuses,
          requestsPerSecond: ok / result.duration,
          bytesPerSecond: result.throughput.average,
          latency: latencySummary(latencies),
        })
      }
    )
    // autocannon's own histogram has no p95; keep every latency and compute exact percentiles.
    instance.on("response", (_client, statusCode, _bytes, milliseconds) => {
      latencies.push(milliseconds)
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
    })
  })
}
