import type { HttpTypes } from "@medusajs/types"
import { callBackend, customerHeaders, httpStatus, isFetchError, isRateLimited, sdk } from "./client"

/** Signs in with email + password and returns the customer's JWT, or null for wrong credentials. */
export async function login(email: string, password: string): Promise<string | null> {
  try {
    const { token } = await callBackend(() =>
      sdk.client.fetch<{ token: string }>("/auth/customer/emailpass", {
        method: "POST",
        body: { email, password },
        headers: customerHeaders(),
      }),
    )
    return token ?? null
  } catch (error) {
    if ([401, 400].includes(httpStatus(error) ?? 0)) return null
    throw error
  }
}

export interface Registration {
  email: string
  password: string
  firstName: string
  lastName: string
  phone?: string
}

/**
 * Registers an auth identity, creates the customer with it, then signs in again so the token
 * names the new customer. Throws the backend's error (e.g. "Identity with email already exists").
 */
export async function register(input: Registration): Promise<string> {
  const { token: registrationToken } = await callBackend(() =>
    sdk.client.fetch<{ token: string }>("/auth/customer/emailpass/register", {
      method: "POST",
      body: { email: input.email, password: input.password },
      headers: customerHeaders(),
    }),
  )
  await callBackend(() =>
    sdk.store.customer.create(
      { email: input.email, first_name: input.firstName, last_name: input.lastName, phone: input.phone || undefined },
      {},
      customerHeaders(registrationToken),
    ),
  )
  const token = await login(input.email, input.password)
  if (!token) throw new Error("Your account was created, but signing in failed. Please sign in.")
  return token
}

export async function retrieveCustomer(token: string | undefined): Promise<HttpTypes.StoreCustomer | null> {
  if (!token) return null
  try {
    const { customer } = await callBackend(() => sdk.store.customer.retrieve({}, customerHeaders(token)))
    return customer
  } catch (error) {
    // An expired or revoked token simply means "signed out".
    if ([401, 403, 404].includes(httpStatus(error) ?? 0)) return null
    throw error
  }
}

/**
 * Asks the backend to email a reset link. Resolves whether or not the email has an account, so
 * nobody can probe which exist; only the rate limit (the same for every email) is passed on.
 */
export async function requestPasswordReset(email: string): Promise<void> {
  try {
    // The route answers a plain-text "Created".
    await callBackend(() =>
      sdk.client.fetch("/auth/customer/emailpass/reset-password", {
        method: "POST",
        body: { identifier: email },
        headers: { ...customerHeaders(), accept: "text/plain" },
      }),
    )
  } catch (error) {
    if (!isFetchError(error) || isRateLimited(error)) throw error
  }
}

/** Sets a new password with the token from the reset email. */
export async function resetPassword(token: string, email: string, password: string): Promise<void> {
  await callBackend(() => sdk.auth.updateProvider("customer", "emailpass", { email, password }, token))
}
