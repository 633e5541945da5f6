// @ts-check

/** How long a stopping server may spend finishing the requests in flight. */
export const SHUTDOWN_DEADLINE_MS = 10_000

/**
 * On the first SIGTERM or SIGINT: stop accepting connections, let the
 * requests in flight finish (answered with `Connection: close`), run
 * `beforeExit` and exit 0; after `deadlineMs`, drop what is left and exit 1.
 * @param {import("node:http").Server} server
 * @param {{ beforeExit?: () => Promise<void>, deadlineMs?: number }} [options]
 */
export function stopGracefullyOnSignal(server, { beforeExit = async () => {}, deadlineMs = SHUTDOWN_DEADLINE_MS } = {}) {
  let stopping = false
  /** @param {NodeJS.Signals} signal */
  const stop = (signal) => {
    if (stopping) return
    stopping = true
    console.info(`[server] ${signal}: finishing the requests in flight, then stopping`)
    const deadline = setTimeout(() => {
      console.error(`[server] requests still running ${deadlineMs / 1000} s after ${signal}; stopping anyway`)
      server.closeAllConnections()
      process.exit(1)
    }, deadlineMs)
    deadline.unref()
    server.close(() => {
      beforeExit().then(
        () => process.exit(0),
        (error) => {
          console.error("[server] could not stop cleanly:", error)
          process.exit(1)
        }
      )
    })
    // Keep-alive connections with nothing in flight would hold close() until they time out.
    server.closeIdleConnections()
  }
  // A connection whose request finishes while stopping must not stay open for the next one.
  server.on("request", (_req, res) => {
    if (stopping) res.shouldKeepAlive = false
    res.on("finish", () => stopping && server.closeIdleConnections())
  })
  process.once("SIGTERM", stop)
  process.once("SIGINT", stop)
}
