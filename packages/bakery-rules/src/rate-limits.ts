/**
 * How often a visitor may try something before the shop asks them to wait,
 * and the sentence they read then. The backend counts every limit; the
 * storefront counts those it can check before calling the backend, with the
 * same numbers, variables and sentences, so a customer hears one voice.
 */

export type RateLimitName =
  | "sign_in_account"
  | "sign_in_ip"
  | "sign_up_ip"
  | "password_reset_email"
  | "password_reset_ip"
  | "orders_ip"
  | "orders_email"
  | "cart_writes_ip"
  | "waitlist_ip"
  | "waitlist_email"

/** What a refused request was trying to do; decides the sentence the customer reads. */
export type RateLimitTopic = "sign_in" | "sign_up" | "password_reset" | "orders" | "cart_writes" | "waitlist"

export type RateLimit = {
  /** Attempts allowed per window. */
  points: number
  /** Window length in seconds. */
  duration: number
  /** The variable that overrides `points`. */
  env: string
  topic: RateLimitTopic
}

const MINUTE = 60
const HOUR = 60 * MINUTE

/** The shop's limits; each number can be changed with its variable. */
export const RATE_LIMIT_DEFAULTS: Record<RateLimitName, RateLimit> = {
  // Failed sign-ins only: a successful one clears its account's count.
  sign_in_account: { points: 5, duration: MINUTE, env: "RATE_LIMIT_SIGN_IN_PER_ACCOUNT", topic: "sign_in" },
  sign_in_ip: { points: 20, duration: MINUTE, env: "RATE_LIMIT_SIGN_IN_PER_IP", topic: "sign_in" },
  sign_up_ip: { points: 10, duration: HOUR, env: "RATE_LIMIT_SIGN_UP_PER_IP", topic: "sign_up" },
  password_reset_email: { points: 3, duration: HOUR, env: "RATE_LIMIT_PASSWORD_RESET_PER_EMAIL", topic: "password_reset" },
  password_reset_ip: { points: 10, duration: HOUR, env: "RATE_LIMIT_PASSWORD_RESET_PER_IP", topic: "password_reset" },
  orders_ip: { points: 20, duration: HOUR, env: "RATE_LIMIT_ORDERS_PER_IP", topic: "orders" },
  orders_email: { points: 10, duration: HOUR, env: "RATE_LIMIT_ORDERS_PER_EMAIL", topic: "orders" },
  cart_writes_ip: { points: 300, duration: MINUTE, env: "RATE_LIMIT_CART_WRITES_PER_IP", topic: "cart_writes" },
  waitlist_ip: { points: 20, duration: HOUR, env: "RATE_LIMIT_WAITLIST_PER_IP", topic: "waitlist" },
  waitlist_email: { points: 10, duration: HOUR, env: "RATE_LIMIT_WAITLIST_PER_EMAIL", topic: "waitlist" },
}

/** "45 seconds", "a minute", "12 minutes": how long to wait, as a person says it. */
export function waitPhrase(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds))
  if (s < 50) {
    return s === 1 ? "1 second" : `${s} seconds`
  }
  const minutes = Math.round(s / 60) || 1
  return minutes === 1 ? "a minute" : `${minutes} minutes`
}

/** What a refused customer or Maya reads. */
export function tooManyMessage(topic: RateLimitTopic, retryAfterSeconds: number): string {
  const wait = waitPhrase(retryAfterSeconds)
  switch (topic) {
    case "sign_in":
      return `Too many sign-in attempts. Please wait ${wait} and try again.`
    case "sign_up":
      return `Too many new accounts from your connection. Please wait ${wait} and try again.`
    case "password_reset":
      return `Too many password reset requests. Check your inbox (and spam folder) for the emails already sent, or wait ${wait} and ask again.`
    case "orders":
      return `Too many orders in a short time. Please wait ${wait} and try again, or call the bakery.`
    case "cart_writes":
      return `That was a lot of basket changes at once. Please wait ${wait} and try again.`
    case "waitlist":
      return `Too many "tell me when it's back" sign-ups. Please wait ${wait} and try again.`
  }
}
