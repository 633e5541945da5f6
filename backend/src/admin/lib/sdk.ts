import Medusa from "@medusajs/js-sdk"

/** The admin's client for Sweet Crumbs' own routes; the dashboard's login session authenticates it. */
export const sdk = new Medusa({
  baseUrl: "/",
  auth: { type: "session" },
})
