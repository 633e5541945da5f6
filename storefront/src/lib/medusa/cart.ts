import type { HttpTypes } from "@medusajs/types"
import { callBackend, customerHeaders, httpStatus, isClientError, sdk } from "./client"
import { CART_FIELDS, CART_PAGE_FIELDS } from "./fields.mjs"
import { getRegion } from "./region"
import type { BakeryCart } from "./types"

/**
 * The visitor's open cart, or null. Pages read what they show (the default); actions pass
 * CART_CHECK_FIELDS for the cheaper read they need before a change.
 */
export async function retrieveCart(cartId: string | undefined, token?: string, fields: string = CART_PAGE_FIELDS): Promise<BakeryCart | null> {
  if (!cartId) return null
  try {
    const { cart } = await callBackend(() => sdk.store.cart.retrieve(cartId, { fields }, customerHeaders(token)))
    // A completed cart has become an order; a new one starts on the next add.
    return (cart as BakeryCart).completed_at ? null : (cart as BakeryCart)
  } catch (error) {
    if ([404, 400].includes(httpStatus(error) ?? 0)) return null
    throw error
  }
}

export interface AddToCartInput {
  variantId: string
  quantity: number
  inscription?: string
}

function lineBody(input: AddToCartInput): HttpTypes.StoreAddCartLineItem {
  return {
    variant_id: input.variantId,
    quantity: input.quantity,
    ...(input.inscription ? { metadata: { inscription: input.inscription } } : {}),
  }
}

/** A new cart holding its first line, in one call (the backend checks the line as it does an add). */
export async function createCart(firstLine: AddToCartInput, token?: string): Promise<BakeryCart> {
  const region = await getRegion()
  const { cart } = await callBackend(() =>
    sdk.store.cart.create({ region_id: region.id, items: [lineBody(firstLine)] }, { fields: CART_FIELDS }, customerHeaders(token)),
  )
  return cart as BakeryCart
}

/** Adds a line; an inscribed cake is its own line, as two cakes with different words are two cakes. */
export async function addToCart(cartId: string, input: AddToCartInput, token?: string): Promise<BakeryCart> {
  const { cart } = await callBackend(() =>
    sdk.store.cart.createLineItem(cartId, lineBody(input), { fields: CART_FIELDS }, customerHeaders(token)),
  )
  return cart as BakeryCart
}

export async function updateLineItem(
  cartId: string,
  lineId: string,
  change: { quantity: number; inscription?: string | null },
  token?: string,
): Promise<BakeryCart> {
  const body: HttpTypes.StoreUpdateCartLineItem = {
    quantity: change.quantity,
    ...(change.inscription !== undefined ? { metadata: { inscription: change.inscription ?? "" } } : {}),
  }
  const { cart } = await callBackend(() =>
    sdk.store.cart.updateLineItem(cartId, lineId, body, { fields: CART_FIELDS }, customerHeaders(token)),
  )
  return cart as BakeryCart
}

export async function removeLineItem(cartId: string, lineId: string, token?: string): Promise<BakeryCart> {
  const result = await callBackend(() =>
    sdk.store.cart.deleteLineItem(cartId, lineId, { fields: CART_FIELDS }, customerHeaders(token)),
  )
  return (result.parent as BakeryCart | undefined) ?? ((await retrieveCart(cartId, token, CART_FIELDS)) as BakeryCart)
}

export class PromoCodeError extends Error {}

/** Applies a promotion code; an unknown or expired code is reported, never silently dropped. */
export async function applyPromoCode(cart: BakeryCart, code: string, token?: string): Promise<BakeryCart> {
  const wanted = code.trim().toUpperCase()
  const current = (cart.promotions ?? []).map((p) => p.code).filter((c): c is string => Boolean(c))
  let updated: BakeryCart
  try {
    const result = await callBackend(() =>
      sdk.store.cart.update(cart.id, { promo_codes: [...current, wanted] }, { fields: CART_FIELDS }, customerHeaders(token)),
    )
    updated = result.cart as BakeryCart
  } catch (error) {
    if (isClientError(error)) throw new PromoCodeError(`“${wanted}” isn't a valid code, or it has expired.`)
    throw error
  }
  const applied = (updated.promotions ?? []).some((p) => p.code?.toUpperCase() === wanted)
  if (!applied) throw new PromoCodeError(`“${wanted}” isn't a valid code, or it has expired.`)
  return updated
}

export async function removePromoCode(cart: BakeryCart, code: string, token?: string): Promise<BakeryCart> {
  const { cart: updated } = await callBackend(() =>
    sdk.store.cart.removePromotions(cart.id, { promo_codes: [code] }, { fields: CART_FIELDS }, customerHeaders(token)),
  )
  return updated as BakeryCart
}

/** Gives a guest cart to the customer who just signed in. */
export async function transferCart(cartId: string, token: string): Promise<void> {
  await callBackend(() => sdk.store.cart.transferCart(cartId, {}, customerHeaders(token)))
}

export function itemCount(cart: Pick<BakeryCart, "items"> | null | undefined): number {
  return (cart?.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
}

export function lineInscription(item: HttpTypes.StoreCartLineItem | HttpTypes.StoreOrderLineItem): string | null {
  const value = (item.metadata as Record<string, unknown> | null | undefined)?.inscription
  return typeof value === "string" && value.trim() ? value : null
}
