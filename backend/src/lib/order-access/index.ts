export { ORDER_LINK_DAYS, ORDER_TOKEN_HEADER, signOrderToken, verifyOrderToken } from "./order-token"

/** Shared with the storefront; required outside development and test (runtime-config.ts). Unset: no order links. */
export function orderLinkSecret(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.ORDER_LINK_SECRET || undefined
}
