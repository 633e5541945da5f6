import { defineAction } from "astro:actions"
import { z } from "astro/zod"
import { formText } from "./form-fields"
import {
  addToCart,
  applyPromoCode,
  createCart,
  itemCount,
  PromoCodeError,
  removeLineItem,
  removePromoCode,
  retrieveCart,
  updateLineItem,
} from "../lib/medusa/cart"
import { CART_CHECK_FIELDS } from "../lib/medusa/fields.mjs"
import { backendMessage, isClientError } from "../lib/medusa/client"
import { getProductForBasket } from "../lib/medusa/products"
import { checkInscription, inscriptionToSend } from "@sweet-crumbs/bakery-rules/inscription"
import { findVariant } from "../lib/catalog/variants"
import { stockState } from "../lib/catalog/pricing"
import { failure, success, type FormOutcome } from "../lib/forms"
import { getCartId, getCustomerToken, rememberCart, setCartCount } from "../lib/visitor"
import { takeVisitorTurn } from "../lib/shop-limits"

const quantity = z.coerce.number().int().min(1, "Choose at least 1.").max(50, "For more than 50, please call us.")

export const cart = {
  addItem: defineAction({
    accept: "form",
    input: z.object({
      product_id: z.string().min(1),
      option_1: z.string().optional(),
      option_2: z.string().optional(),
      option_3: z.string().optional(),
      quantity,
      inscription: z.string().max(500).optional(),
    }),
    handler: async (input, { cookies }): Promise<FormOutcome> => {
      const values: Record<string, string> = { inscription: input.inscription ?? "", quantity: String(input.quantity) }
      const product = await getProductForBasket(input.product_id)
      if (!product) return failure({ form: "That bake is no longer on the menu." }, { ...values, back: "/products" })
      Object.assign(values, { back: `/products/${product.handle}` })
      const variant = findVariant(product, [input.option_1, input.option_2, input.option_3])
      if (!variant) return failure({ options: "Choose one of each option." }, values)
      if (stockState(variant).kind === "sold_out") return failure({ options: `${product.title} (${variant.title}) is sold out.` }, values)

      const inscription = inscriptionToSend(input.inscription)
      const maxLength = product.bakery_profile?.inscription_max_length
      if (inscription) {
        if (!maxLength) return failure({ inscription: "This bake can't carry an inscription." }, values)
        const check = checkInscription(inscription, maxLength)
        if (!check.ok) return failure({ inscription: check.message }, values)
      }

      const refused = await takeVisitorTurn("cart_writes_ip")
      if (refused) return failure({ form: refused }, values)
      const token = getCustomerToken(cookies)
      try {
        const current = await retrieveCart(getCartId(cookies), token, CART_CHECK_FIELDS)
        const line = { variantId: variant.id, quantity: input.quantity, inscription }
        const updated = current ? await addToCart(current.id, line, token) : await createCart(line, token)
        const count = itemCount(updated)
        rememberCart(cookies, updated.id, count)
        return success("/cart", { count, message: `Added ${input.quantity} × ${product.title} to your basket.` })
      } catch (error) {
        if (isClientError(error)) {
          // The backend's own message (inscription rules, stock) is written for customers.
          const field = /inscription/i.test(error.message) ? "inscription" : "form"
          return failure({ [field]: error.message }, values)
        }
        throw error
      }
    },
  }),

  updateItem: defineAction({
    accept: "form",
    input: z.object({
      line_id: z.string().min(1),
      quantity: z.coerce.number().int().min(0).max(50),
      // Astro reads an empty field as "not sent", so the basket's inscription form says it is one:
      // there an empty inscription means "take it off".
      edit: z.enum(["inscription"]).optional(),
      inscription: z.string().max(500).optional(),
    }),
    handler: async (input, { cookies }): Promise<FormOutcome> => {
      const token = getCustomerToken(cookies)
      const current = await retrieveCart(getCartId(cookies), token, CART_CHECK_FIELDS)
      const line = current?.items?.find((item) => item.id === input.line_id)
      if (!current || !line) return success("/cart")
      const refused = await takeVisitorTurn("cart_writes_ip")
      if (refused) return failure({ [`line_${line.id}`]: refused })
      try {
        const updated =
          input.quantity === 0
            ? await removeLineItem(current.id, line.id, token)
            : await updateLineItem(
                current.id,
                line.id,
                { quantity: input.quantity, ...(input.edit === "inscription" ? { inscription: input.inscription?.trim() || null } : {}) },
                token,
              )
        setCartCount(cookies, itemCount(updated))
        return success("/cart", { count: itemCount(updated) })
      } catch (error) {
        if (isClientError(error)) return failure({ [`line_${line.id}`]: backendMessage(error) })
        throw error
      }
    },
  }),

  removeItem: defineAction({
    accept: "form",
    input: z.object({ line_id: z.string().min(1) }),
    handler: async (input, { cookies }): Promise<FormOutcome> => {
      const refused = await takeVisitorTurn("cart_writes_ip")
      if (refused) return failure({ [`line_${input.line_id}`]: refused })
      const token = getCustomerToken(cookies)
      const current = await retrieveCart(getCartId(cookies), token, CART_CHECK_FIELDS)
      if (current?.items?.some((item) => item.id === input.line_id)) {
        const updated = await removeLineItem(current.id, input.line_id, token)
        setCartCount(cookies, itemCount(updated))
      }
      return success("/cart")
    },
  }),

  applyPromo: defineAction({
    accept: "form",
    input: z.object({ code: formText(100) }),
    handler: async (input, { cookies }): Promise<FormOutcome> => {
      const code = input.code.trim()
      if (!code) return failure({ code: "Type the code from your voucher or email." }, { code })
      const refused = await takeVisitorTurn("cart_writes_ip")
      if (refused) return failure({ code: refused }, { code })
      const token = getCustomerToken(cookies)
      const current = await retrieveCart(getCartId(cookies), token, CART_CHECK_FIELDS)
      if (!current) return failure({ code: "Add something to your basket first." }, { code })
      try {
        await applyPromoCode(current, code, token)
        return success("/cart", { message: `Code ${code.toUpperCase()} applied.` })
      } catch (error) {
        if (error instanceof PromoCodeError) return failure({ code: error.message }, { code })
        throw error
      }
    },
  }),

  removePromo: defineAction({
    accept: "form",
    input: z.object({ code: z.string().min(1) }),
    handler: async (input, { cookies }): Promise<FormOutcome> => {
      const refused = await takeVisitorTurn("cart_writes_ip")
      if (refused) return failure({ code: refused }, { code: input.code })
      const token = getCustomerToken(cookies)
      const current = await retrieveCart(getCartId(cookies), token, CART_CHECK_FIELDS)
      if (current) await removePromoCode(current, input.code, token)
      return success("/cart")
    },
  }),
}
