import { fileURLToPath } from "node:url"

const AUTOSTART = fileURLToPath(new URL("../lib/freshness/autostart.ts", import.meta.url))

/**
 * Starts the catalog refresher when the built standalone server starts, not on the first
 * server-rendered request: a shop whose visitors only read pre-rendered pages must stay fresh too.
 * It appends a deferred import to @astrojs/node's server entry, after `setGetEnv` has run, so the
 * refresher reads the run-time environment.
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
                  return `${code}\nif (options.mode === "standalone" && process.env.ASTRO_NODE_AUTOSTART !== "disabled") setTimeout(() => import(${JSON.stringify(AUTOSTART)}), 0);\n`
                },
              },
            ],
          },
        })
      },
    },
  }
}
