import { readFile, writeFile } from "node:fs/promises"
import { PAGE_CACHE_CONTROL } from "../lib/cache-control.mjs"

/**
 * Writes `dist/_headers.json`, which @astrojs/node (with `staticHeaders: true`) applies to pre-rendered
 * pages it serves from disk, so catalog HTML gets a short max-age + stale-while-revalidate.
 * Hashed assets under /_astro/ already get `immutable` from the adapter itself.
 * @returns {import("astro").AstroIntegration}
 */
export function bakeryCacheHeaders() {
  /** @type {URL | undefined} */
  let outDir
  return {
    name: "sweet-crumbs:cache-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = config.outDir
      },
      "astro:build:done": async ({ pages }) => {
        if (!outDir) return
        const file = new URL("_headers.json", outDir)
        // Keep whatever the adapter wrote (CSP headers) and add ours next to it.
        /** @type {{ pathname: string, headers: { key: string, value: string }[] }[]} */
        let entries = []
        try {
          entries = JSON.parse(await readFile(file, "utf8"))
        } catch {
          entries = []
        }
        for (const { pathname } of pages) {
          // The adapter matches with `entry.pathname.includes(requestPath)`: a trailing slash matches both forms.
          const withSlash = `/${pathname}`.replace(/\/?$/, "/")
          const existing = entries.find((entry) => entry.pathname === withSlash)
          const header = { key: "Cache-Control", value: PAGE_CACHE_CONTROL }
          if (existing) existing.headers.push(header)
          else entries.push({ pathname: withSlash, headers: [header] })
        }
        await writeFile(file, JSON.stringify(entries))
      },
    },
  }
}
