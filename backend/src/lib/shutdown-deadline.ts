/** How long a stopping process may spend finishing in-flight requests and jobs. */
export const SHUTDOWN_DEADLINE_MS = 10_000

/**
 * On the first SIGTERM or SIGINT, gives the process `deadlineMs` to exit by
 * itself, then exits 1. Medusa's own handler stops accepting connections,
 * waits for every in-flight request and closes the modules and the database
 * pool, but has no deadline, so one stuck request would hold a deploy.
 */
export function armShutdownDeadline(deadlineMs = SHUTDOWN_DEADLINE_MS): void {
  const arm = (signal: NodeJS.Signals) => {
    const timer = setTimeout(() => {
      console.error(`Sweet Crumbs backend: still finishing work ${deadlineMs / 1000} s after ${signal}; stopping anyway.`)
      process.exit(1)
    }, deadlineMs)
    // The deadline must not be what keeps an otherwise finished process alive.
    timer.unref()
  }
  process.once("SIGTERM", arm)
  process.once("SIGINT", arm)
}
