// @ts-check
import { defineConfig, envField } from "astro/config"
import node from "@astrojs/node"
import { freshnessAutostart } from "./src/integrations/freshness-autostart.mjs"

export default defineConfig({
  site: process.env.SITE_URL ?? "http://localhost:4321",
  output: "server",
  // server.mjs serves the built files from memory and hands the rest to the adapter's handler.
  adapter: node({ mode: "middleware" }),
  integrations: [freshnessAutostart()],
  // Pre-rendered pages use plain links; nothing to gain from a prefetch script on phones.
  prefetch: false,
  build: {
    // Inline small stylesheets so a product page needs no render-blocking CSS request on a phone.
    inlineStylesheets: "auto",
  },
  vite: {
    // Scripts stay files (no inline <script>), so the Content-Security-Policy needs no hashes for them;
    // everything else (stylesheets, assets) keeps Vite's default limit.
    build: { assetsInlineLimit: (file) => (file.endsWith(".js") ? false : undefined) },
  },
  env: {
    schema: {
      // All server variables are "secret" so they are read at run time, not baked into the build.
      MEDUSA_BACKEND_URL: envField.string({ context: "server", access: "secret", default: "http://localhost:9000" }),
      MEDUSA_PUBLISHABLE_KEY: envField.string({ context: "server", access: "secret", optional: true }),
      STRIPE_PUBLISHABLE_KEY: envField.string({ context: "server", access: "secret", optional: true }),
      SITE_URL: envField.string({ context: "server", access: "secret", default: "http://localhost:4321" }),
      REVALIDATE_SECRET: envField.string({ context: "server", access: "secret", optional: true }),
      // Shared with the backend: signs and checks the order links (README "Security").
      ORDER_LINK_SECRET: envField.string({ context: "server", access: "secret", optional: true }),
      // Signs the cookie listing the orders this browser placed; derived from ORDER_LINK_SECRET when unset.
      ORDER_COOKIE_SECRET: envField.string({ context: "server", access: "secret", optional: true }),
      FRESHNESS_POLL_SECONDS: envField.number({ context: "server", access: "secret", default: 20 }),
      // Sent with every backend call so the backend believes the visitor address we name.
      STOREFRONT_PROXY_SECRET: envField.string({ context: "server", access: "secret", optional: true }),
      // Only behind a proxy that appends the visitor to X-Forwarded-For.
      TRUST_FORWARDED_FOR: envField.boolean({ context: "server", access: "secret", default: false }),
      RATE_LIMIT_SIGN_IN_PER_ACCOUNT: envField.number({ context: "server", access: "secret", optional: true, int: true, gt: 0 }),
      RATE_LIMIT_SIGN_IN_PER_IP: envField.number({ context: "server", access: "secret", optional: true, int: true, gt: 0 }),
      RATE_LIMIT_SIGN_UP_PER_IP: envField.number({ context: "server", access: "secret", optional: true, int: true, gt: 0 }),
      RATE_LIMIT_PASSWORD_RESET_PER_EMAIL: envField.number({ context: "server", access: "secret", optional: true, int: true, gt: 0 }),
      RATE_LIMIT_PASSWORD_RESET_PER_IP: envField.number({ context: "server", access: "secret", optional: true, int: true, gt: 0 }),
      RATE_LIMIT_ORDERS_PER_IP: envField.number({ context: "server", access: "secret", optional: true, int: true, gt: 0 }),
      RATE_LIMIT_CART_WRITES_PER_IP: envField.number({ context: "server", access: "secret", optional: true, int: true, gt: 0 }),
    },
  },
})
