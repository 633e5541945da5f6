import { existsSync } from "node:fs"
import { mkdir, rename, rm, writeFile } from "node:fs/promises"
import path from "node:path"

/**
 * Where server.mjs serves pre-rendered pages from: `dist/client`, next to it.
 * FRESHNESS_CLIENT_DIR overrides it for unusual layouts. Returns null when there is no build (dev).
 */
export function findClientDir(): string | null {
  const candidates = [
    process.env.FRESHNESS_CLIENT_DIR,
    process.argv[1] ? path.resolve(path.dirname(process.argv[1]), "dist/client") : undefined,
    path.resolve(process.cwd(), "dist/client"),
  ]
  return candidates.find((dir): dir is string => Boolean(dir) && existsSync(path.join(dir!, "index.html"))) ?? null
}

/** "/products/lemon-tart" → "<client>/products/lemon-tart/index.html", refusing anything outside the folder. */
export function pageFile(clientDir: string, pagePath: string): string {
  const file = path.resolve(clientDir, `.${pagePath.replace(/\/?$/, "/")}index.html`)
  if (!file.startsWith(path.resolve(clientDir) + path.sep)) throw new Error(`Refusing to write outside the client folder: ${pagePath}`)
  return file
}

/** Writes next to the target and renames over it, so a visitor never gets half a page. */
export async function writePageAtomically(clientDir: string, pagePath: string, html: string): Promise<void> {
  const file = pageFile(clientDir, pagePath)
  await mkdir(path.dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`
  await writeFile(temp, html)
  await rename(temp, file)
}

export async function removePage(clientDir: string, pagePath: string): Promise<void> {
  await rm(path.dirname(pageFile(clientDir, pagePath)), { recursive: true, force: true })
}
