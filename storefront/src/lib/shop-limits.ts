import {
  RATE_LIMIT_CART_WRITES_PER_IP,
  RATE_LIMIT_ORDERS_PER_IP,
  RATE_LIMIT_PASSWORD_RESET_PER_EMAIL,
  RATE_LIMIT_PASSWORD_RESET_PER_IP,
  RATE_LIMIT_SIGN_IN_PER_ACCOUNT,
  RATE_LIMIT_SIGN_IN_PER_IP,
  RATE_LIMIT_SIGN_UP_PER_IP,
} from "astro:env/server"
import { currentVisitorIp } from "./client-ip"
import { createLimiter, limitsWith, type LimitName } from "./rate-limit"

/** The storefront process's limiter, with the same variables as the backend's. */
export const shopLimiter = createLimiter(
  limitsWith({
    sign_in_account: RATE_LIMIT_SIGN_IN_PER_ACCOUNT,
    sign_in_ip: RATE_LIMIT_SIGN_IN_PER_IP,
    sign_up_ip: RATE_LIMIT_SIGN_UP_PER_IP,
    password_reset_email: RATE_LIMIT_PASSWORD_RESET_PER_EMAIL,
    password_reset_ip: RATE_LIMIT_PASSWORD_RESET_PER_IP,
    orders_ip: RATE_LIMIT_ORDERS_PER_IP,
    cart_writes_ip: RATE_LIMIT_CART_WRITES_PER_IP,
  }),
)

/** The address of the visitor being served (set by the middleware). */
export function visitorAddress(): string {
  return currentVisitorIp() ?? "unknown"
}

/** One attempt by this visitor against a per-address limit; the sentence to show when refused. */
export function takeVisitorTurn(limit: Extract<LimitName, `${string}_ip`>): Promise<string | null> {
  return shopLimiter.take([{ limit, key: visitorAddress() }])
}
