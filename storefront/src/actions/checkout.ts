import { defineAction } from "astro:actions"
import { z } from "astro/zod"
import { formText } from "./form-fields"
import { retrieveCart } from "../lib/medusa/cart"
import { CART_CHECK_FIELDS } from "../lib/medusa/fields.mjs"
import { backendMessage, isClientError } from "../lib/medusa/client"
import {
  listPaymentProviders,
  listShippingOptions,
  placeOrder,
  saveCustomerDetails,
  setShippingMethod,
  shippingOptionFor,
  startPaymentSession,
} from "../lib/medusa/checkout"
import { chooseFulfillmentSlot, getBakerySettings, saveOrderNote } from "../lib/medusa/scheduling"
import { checkDetails, isFulfillmentType, ORDER_NOTE_MAX } from "../lib/checkout-rules"
import { echoable, failure, success, type FormOutcome } from "../lib/forms"
import { forgetCart, getCartId, getCustomerToken, rememberOrder } from "../lib/visitor"
import { takeVisitorTurn } from "../lib/shop-limits"
import { HONEYPOT_FIELD, HONEYPOT_REFUSAL } from "../lib/honeypot"

const text = formText()

const NO_CART = failure({ form: "Your basket is empty, or it has already become an order." })

export const checkout = {
  saveDetails: defineAction({
    accept: "form",
    input: z.object({
      email: text,
      phone: text,
      first_name: text,
      last_name: text,
      fulfillment: text,
      address_1: text,
      address_2: text,
      city: text,
      postal_code: text,
      [HONEYPOT_FIELD]: text,
    }),
    handler: async (form, { cookies }): Promise<FormOutcome> => {
      const values = echoable(form, [HONEYPOT_FIELD])
      // People never see the box; whatever fills it is a script. Refused before anything is saved.
      if (form[HONEYPOT_FIELD]) return failure({ form: HONEYPOT_REFUSAL }, values)
      const refused = await takeVisitorTurn("cart_writes_ip")
      if (refused) return failure({ form: refused }, values)
      const token = getCustomerToken(cookies)
      // The delivery minimum needs the basket's subtotal, for which Medusa computes totals; pickup does without.
      const fields = form.fulfillment === "delivery" ? `${CART_CHECK_FIELDS},item_subtotal` : CART_CHECK_FIELDS
      const [cart, settings] = await Promise.all([retrieveCart(getCartId(cookies), token, fields), getBakerySettings()])
      if (!cart?.items?.length) return NO_CART
      const errors = checkDetails(form, {
        zipCodes: settings.delivery_zip_codes,
        minimumOrder: settings.delivery_minimum_order,
        itemSubtotal: cart.item_subtotal ?? cart.subtotal ?? 0,
      })
      if (Object.keys(errors).length) return failure(errors, values)

      const type = form.fulfillment as "pickup" | "delivery"
      try {
        await saveCustomerDetails(
          cart.id,
          { email: form.email.trim(), phone: form.phone.trim(), firstName: form.first_name.trim(), lastName: form.last_name.trim() },
          type === "delivery"
            ? { address1: form.address_1.trim(), address2: form.address_2.trim(), city: form.city.trim(), postalCode: form.postal_code.trim() }
            : null,
          token,
        )
        const option = shippingOptionFor(await listShippingOptions(cart.id), type)
        if (!option) return failure({ fulfillment: `${type === "pickup" ? "Pickup" : "Delivery"} isn't available for this basket right now.` }, values)
        await setShippingMethod(cart.id, option.id, token)
      } catch (error) {
        if (isClientError(error)) {
          const field = /zip|postal/i.test(error.message) ? "postal_code" : /email/i.test(error.message) ? "email" : "form"
          return failure({ [field]: error.message }, values)
        }
        throw error
      }
      return success("/checkout?step=slot")
    },
  }),

  chooseSlot: defineAction({
    accept: "form",
    input: z.object({ type: text, start: text, day: text }),
    handler: async (form, { cookies }): Promise<FormOutcome> => {
      const values = echoable(form)
      if (!isFulfillmentType(form.type)) return failure({ slot: "Choose pickup or delivery first." }, values)
      if (!form.start) return failure({ slot: "Choose a time." }, values)
      const refused = await takeVisitorTurn("cart_writes_ip")
      if (refused) return failure({ slot: refused }, values)
      const cart = await retrieveCart(getCartId(cookies), getCustomerToken(cookies), CART_CHECK_FIELDS)
      if (!cart) return NO_CART
      try {
        await chooseFulfillmentSlot(cart.id, form.type, form.start)
      } catch (error) {
        if (isClientError(error)) return failure({ slot: backendMessage(error) }, values)
        throw error
      }
      return success("/checkout?step=payment")
    },
  }),

  savePayment: defineAction({
    accept: "form",
    input: z.object({ note: formText(2000), provider_id: text }),
    handler: async (form, { cookies }): Promise<FormOutcome> => {
      const values = echoable(form)
      const note = form.note.trim()
      if ([...note].length > ORDER_NOTE_MAX) return failure({ note: `Keep the note to ${ORDER_NOTE_MAX} characters.` }, values)
      const refused = await takeVisitorTurn("cart_writes_ip")
      if (refused) return failure({ provider_id: refused }, values)
      const token = getCustomerToken(cookies)
      const cart = await retrieveCart(getCartId(cookies), token, CART_CHECK_FIELDS)
      if (!cart) return NO_CART
      const providers = await listPaymentProviders(cart.region_id ?? "")
      if (!providers.includes(form.provider_id)) return failure({ provider_id: "Choose how you'd like to pay." }, values)
      try {
        if (note || cart.metadata?.order_note) await saveOrderNote(cart.id, note)
      } catch (error) {
        if (isClientError(error)) return failure({ note: backendMessage(error) }, values)
        throw error
      }
      try {
        await startPaymentSession(cart, form.provider_id, token)
      } catch (error) {
        if (isClientError(error)) return failure({ provider_id: backendMessage(error) }, values)
        throw error
      }
      return success("/checkout?step=review")
    },
  }),

  placeOrder: defineAction({
    accept: "form",
    input: z.object({}),
    handler: async (_input, { cookies }): Promise<FormOutcome> => {
      const token = getCustomerToken(cookies)
      const cart = await retrieveCart(getCartId(cookies), token, CART_CHECK_FIELDS)
      if (!cart) return NO_CART
      const refused = await takeVisitorTurn("orders_ip")
      if (refused) return failure({ form: refused })
      const result = await placeOrder(cart.id, token)
      if (!result.ok) {
        // 409 is the backend telling us the slot filled up meanwhile; it names a free one.
        const field = result.status === 409 || /slot|full/i.test(result.message) ? "slot" : "form"
        return failure({ [field]: result.message })
      }
      forgetCart(cookies)
      rememberOrder(cookies, result.order.id)
      return success(`/order/confirmed/${result.order.id}`)
    },
  }),
}
