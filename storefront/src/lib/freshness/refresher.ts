import { FRESHNESS_POLL_SECONDS } from "astro:env/server"
import { readFile, writeFile } from "node:fs/promises"
import path from "node:path"
import { clearMemo } from "../medusa/memo"
import { fetchCatalogSnapshot } from "./fingerprint"
import { findClientDir, removePage, writePageAtomically } from "./page-files"
import { RENDER_TOKEN_HEADER, renderToken } from "./render-token"
import { diffSnapshots, isEmptyDiff, pagesToRender, type CatalogSnapshot } from "./snapshot"

/**
 * Keeps the pre-rendered catalog pages fresh inside the running server: every ~20 s it compares
 * the catalog fingerprint with the last one and re-renders only the pages that show what changed,
 * through the internal render route, writing them over the files server.mjs serves.
 */

const SNAPSHOT_FILE = "freshness-snapshot.json"

interface SerialisedSnapshot {
  products: [string, { handle: string; hash: string; categories: string[] }][]
  categories: [string, string][]
}

const serialise = (s: CatalogSnapshot): SerialisedSnapshot => ({ products: [...s.products], categories: [...s.categories] })
const deserialise = (s: SerialisedSnapshot): CatalogSnapshot => ({ products: new Map(s.products), categories: new Map(s.categories) })

let started = false
let timer: NodeJS.Timeout | null = null
let running: Promise<void> | null = null
let again = false
let current: CatalogSnapshot | null = null
let clientDir: string | null = null

/** The server's own address, for calling the internal render route. */
function selfOrigin(): string {
  return process.env.FRESHNESS_ORIGIN ?? `http://localhost:${process.env.PORT ?? "4321"}`
}

function log(message: string): void {
  console.info(`[freshness] ${message}`)
}

async function renderPage(pagePath: string): Promise<"written" | "removed"> {
  const url = new URL(`/internal/render${pagePath === "/" ? "/home" : pagePath}`, selfOrigin())
  const response = await fetch(url, { headers: { [RENDER_TOKEN_HEADER]: renderToken() } })
  if (response.status === 404) {
    await removePage(clientDir!, pagePath)
    return "removed"
  }
  if (!response.ok) throw new Error(`rendering ${pagePath} answered ${response.status}`)
  await writePageAtomically(clientDir!, pagePath, await response.text())
  return "written"
}

async function loadBaseline(): Promise<CatalogSnapshot | null> {
  try {
    return deserialise(JSON.parse(await readFile(path.join(clientDir!, "..", SNAPSHOT_FILE), "utf8")))
  } catch {
    return null
  }
}

async function saveBaseline(snapshot: CatalogSnapshot): Promise<void> {
  await writeFile(path.join(clientDir!, "..", SNAPSHOT_FILE), JSON.stringify(serialise(snapshot)))
}

async function refreshOnce(): Promise<void> {
  const next = await fetchCatalogSnapshot()
  if (!current) {
    current = await loadBaseline()
    if (!current) {
      // No earlier look at the catalog: the pages are as fresh as the build, so this look is the baseline.
      current = next
      await saveBaseline(next)
      return
    }
  }
  const diff = diffSnapshots(current, next)
  if (isEmptyDiff(diff)) {
    current = next
    return
  }
  const { render, remove } = pagesToRender(diff)
  // The pages must see the backend as it is now, not as the catalog cache remembers it.
  clearMemo()
  for (const pagePath of remove) await removePage(clientDir!, pagePath)
  for (const pagePath of render) await renderPage(pagePath)
  current = next
  await saveBaseline(next)
  log(`refreshed ${render.length} page(s), removed ${remove.length}`)
}

/** Runs a refresh now, or once more right after the one in progress. */
export function refreshCatalogPages(): Promise<void> {
  if (!clientDir) return Promise.resolve()
  if (running) {
    again = true
    return running
  }
  running = refreshOnce()
    .catch((error: unknown) => {
      // The next round retries everything that was not written; the old pages stay up meanwhile.
      log(`refresh failed, will retry: ${error instanceof Error ? error.message : String(error)}`)
    })
    .finally(() => {
      running = null
      if (again) {
        again = false
        void refreshCatalogPages()
      }
    })
  return running
}

/** Starts the polling loop once per process; does nothing in dev, where nothing is pre-rendered. */
export function startCatalogRefresher(): void {
  if (started) return
  started = true
  clientDir = findClientDir()
  if (!clientDir) {
    log("no built client folder found; catalog pages will not be refreshed")
    return
  }
  const everyMs = Math.max(5, FRESHNESS_POLL_SECONDS) * 1000
  timer = setInterval(() => void refreshCatalogPages(), everyMs)
  timer.unref()
  log(`watching the catalog every ${everyMs / 1000}s, writing into ${clientDir}`)
  void refreshCatalogPages()
}

/** Stops the polling loop (the server is shutting down); resolves once a refresh in progress has ended. */
export function stopCatalogRefresher(): Promise<void> {
  if (timer) clearInterval(timer)
  timer = null
  again = false
  return running ?? Promise.resolve()
}
