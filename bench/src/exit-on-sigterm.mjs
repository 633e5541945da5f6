// Preloaded into the servers under --cpu-prof: Node writes a CPU profile only
// when the process exits normally, and SIGTERM's default action is not one.
process.once("SIGTERM", () => process.exit(0))
