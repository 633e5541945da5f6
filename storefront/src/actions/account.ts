import { defineAction } from "astro:actions"
import { z } from "astro/zod"
import { formText } from "./form-fields"
import { transferCart } from "../lib/medusa/cart"
import { backendMessage, isClientError, isFetchError, isRateLimited } from "../lib/medusa/client"
import { login, register, requestPasswordReset, resetPassword } from "../lib/medusa/customer"
import { echoable, failure, isEmail, safeNextPath, success, type FieldErrors, type FormOutcome } from "../lib/forms"
import { forgetCart, forgetCustomer, getCartId, rememberCustomer } from "../lib/visitor"
import { shopLimiter, takeVisitorTurn, visitorAddress } from "../lib/shop-limits"
import type { AstroCookies } from "astro"
// The backend's own rule (its auth routes enforce it too), so the form says so before the round trip.
import { isAcceptablePassword, PASSWORD_RULE_MESSAGE } from "../../../backend/src/lib/passwords/password-rule"

const text = formText()

/** Signing in keeps the basket: the guest cart is handed to the customer. */
async function adoptCart(cookies: AstroCookies, token: string): Promise<void> {
  const cartId = getCartId(cookies)
  if (!cartId) return
  try {
    await transferCart(cartId, token)
  } catch (error) {
    // A cart that is gone or already someone else's is simply left behind.
    if (!isFetchError(error)) throw error
  }
}

export const account = {
  login: defineAction({
    accept: "form",
    input: z.object({ email: text, password: text, next: text }),
    handler: async (form, { cookies }): Promise<FormOutcome> => {
      const values = echoable(form)
      if (!isEmail(form.email) || !form.password) return failure({ form: "Enter your email and password." }, values)
      const attempt = await shopLimiter.signIn(visitorAddress(), form.email)
      if ("refused" in attempt) return failure({ form: attempt.refused }, values)
      let token: string | null
      try {
        token = await login(form.email.trim(), form.password)
      } catch (error) {
        await attempt.settle("other")
        if (isRateLimited(error)) return failure({ form: backendMessage(error) }, values)
        throw error
      }
      await attempt.settle(token ? "succeeded" : "failed")
      if (!token) return failure({ form: "That email and password don't match an account. Check them, or reset your password." }, values)
      rememberCustomer(cookies, token)
      await adoptCart(cookies, token)
      return success(safeNextPath(form.next, "/account"))
    },
  }),

  register: defineAction({
    accept: "form",
    input: z.object({ email: text, password: text, first_name: text, last_name: text, phone: text }),
    handler: async (form, { cookies }): Promise<FormOutcome> => {
      const values = echoable(form)
      const errors: FieldErrors = {}
      if (!form.first_name.trim()) errors.first_name = "Enter your first name."
      if (!form.last_name.trim()) errors.last_name = "Enter your last name."
      if (!isEmail(form.email)) errors.email = "Enter an email address like name@example.com."
      if (!isAcceptablePassword(form.password)) errors.password = PASSWORD_RULE_MESSAGE
      if (Object.keys(errors).length) return failure(errors, values)
      const refused = await takeVisitorTurn("sign_up_ip")
      if (refused) return failure({ form: refused }, values)
      try {
        const token = await register({
          email: form.email.trim(),
          password: form.password,
          firstName: form.first_name.trim(),
          lastName: form.last_name.trim(),
          phone: form.phone.trim(),
        })
        rememberCustomer(cookies, token)
        await adoptCart(cookies, token)
      } catch (error) {
        if (isClientError(error)) {
          const exists = /exist/i.test(error.message)
          return failure(
            exists ? { email: "There's already an account with this email. Sign in instead, or reset your password." } : { form: backendMessage(error) },
            values,
          )
        }
        throw error
      }
      return success("/account?welcome=1")
    },
  }),

  logout: defineAction({
    accept: "form",
    handler: async (_input, { cookies }): Promise<FormOutcome> => {
      forgetCustomer(cookies)
      // The basket now belongs to the account; the next person on this device starts afresh.
      forgetCart(cookies)
      return success("/")
    },
  }),

  forgotPassword: defineAction({
    accept: "form",
    input: z.object({ email: text }),
    handler: async (form): Promise<FormOutcome> => {
      if (!isEmail(form.email)) return failure({ email: "Enter the email address you signed up with." }, echoable(form))
      const refused = await shopLimiter.take([
        { limit: "password_reset_ip", key: visitorAddress() },
        { limit: "password_reset_email", key: form.email.trim().toLowerCase() },
      ])
      if (refused) return failure({ form: refused }, echoable(form))
      try {
        await requestPasswordReset(form.email.trim())
      } catch (error) {
        if (isRateLimited(error)) return failure({ form: backendMessage(error) }, echoable(form))
        throw error
      }
      return success("/account/forgot-password?sent=1")
    },
  }),

  resetPassword: defineAction({
    accept: "form",
    input: z.object({ token: formText(4000), email: text, password: text, confirm: text }),
    handler: async (form): Promise<FormOutcome> => {
      const values = echoable(form, ["password", "confirm"])
      const errors: FieldErrors = {}
      if (!isEmail(form.email)) errors.email = "Enter the email address of your account."
      if (!isAcceptablePassword(form.password)) errors.password = PASSWORD_RULE_MESSAGE
      else if (form.password !== form.confirm) errors.confirm = "The two passwords don't match."
      if (!form.token) errors.form = "This reset link is incomplete. Ask for a new one."
      if (Object.keys(errors).length) return failure(errors, values)
      try {
        await resetPassword(form.token, form.email.trim(), form.password)
      } catch (error) {
        if (isClientError(error))
          return failure({ form: "This reset link has expired or was already used. Ask for a new one." }, values)
        throw error
      }
      return success("/account/login?reset=1")
    },
  }),
}
