import { fileURLToPath } from "node:url"

const REFRESHER = fileURLToPath(new URL("../lib/freshness/refresher.ts", import.meta.url))

/**
 * Lets the production server (server.mjs) start the catalog refresher as soon as it listens, not on the
 * first server-rendered request: a shop whose visitors only read pre-rendered pages must stay fresh too.
 * It adds `startCatalogRefresher` (and `stopCatalogRefresher`, for shutdown) exports to @astrojs/node's
 * server entry (dist/server/entry.mjs). Only server.mjs calls them, once, so nothing starts during
 * `astro build` or in `astro dev`; the import is deferred until then, after the entry's `setGetEnv`, so the refresher reads the run-time environment.
 * @returns {import("astro").AstroIntegration}
 */
export function freshnessAutostart() {
  return {
    name: "sweet-crumbs:freshness-autostart",
    hooks: {
      "astro:config:setup": ({ command, updateConfig }) => {
        if (command !== "build") return
        updateConfig({
          vite: {
            plugins: [
              {
                name: "sweet-crumbs:freshness-autostart",
                transform(code, id) {
                  if (!/@astrojs[\\/]node[\\/]dist[\\/]server\.js$/.test(id)) return null
                  const refresher = `await import(${JSON.stringify(REFRESHER)})`
                  return `${code}\nexport async function startCatalogRefresher() { (${refresher}).startCatalogRefresher(); }\nexport async function stopCatalogRefresher() { await (${refresher}).stopCatalogRefresher(); }\n`
                },
              },
            ],
          },
        })
      },
    },
  }
}
