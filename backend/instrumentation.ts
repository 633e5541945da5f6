import { armShutdownDeadline } from "./src/lib/shutdown-deadline"

/**
 * Medusa's `medusa start` calls `register()` from this file before it loads
 * the app (it is meant for OpenTelemetry), in the API server and the worker
 * alike: the one place of ours that runs in every backend process.
 */
export function register() {
  armShutdownDeadline()
}
