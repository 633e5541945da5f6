import { startCatalogRefresher } from "./refresher"

// Loaded once by the built server right after it starts listening (see integrations/freshness-autostart.mjs).
startCatalogRefresher()
