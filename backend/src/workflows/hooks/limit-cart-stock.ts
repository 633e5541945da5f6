import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import type {
  addToCartWorkflow,
  createCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { findStockShortages, limitedInventoryItemIds } from "../../lib/cart-stock"
import { loadBasketStock, retrieveBasket, throwStockShortages, type BasketItem } from "../cart-stock-context"
import type { HookHandler, HookInput } from "../hook-handlers"

/**
 * Tells the customer, while they are still shopping, when the whole basket
 * asks for more than the shop has of something: Medusa's own check looks at
 * one line at a time, so a second "Happy Birthday" cake or a box sharing the
 * cookies' stock would pass it. Only the items the change asks more of are
 * judged, so taking something out of an over-full basket always works.
 * Completion checks again under a lock (hold-cart-stock.ts); this is the early word.
 * Registered in cart-workflow-hooks.ts.
 */
async function assertBasketStock(
  container: MedusaContainer,
  basket: { sales_channel_id: string | null; items: BasketItem[] },
  isAskedMore: (line: { item_id?: string }) => boolean
) {
  const stock = await loadBasketStock(container, basket)
  const asked = limitedInventoryItemIds(stock.lines.filter(isAskedMore))
  if (!asked.length) {
    return
  }
  throwStockShortages(findStockShortages({ ...stock, inventory_item_ids: asked }))
}

export const limitStockOnAddToCart: HookHandler<HookInput<typeof addToCartWorkflow.hooks.validate>> = {
  invoke: async ({ input, cart }, { container }) => {
    const added = (input.items ?? []).filter((item) => item.variant_id)
    if (!added.length) {
      return
    }
    const basket = await retrieveBasket(container, cart.id)
    // Added lines carry no id yet; Medusa may merge one into an existing line, which sums the same.
    await assertBasketStock(
      container,
      { ...basket, items: [...basket.items, ...added.map(({ variant_id, quantity }) => ({ variant_id, quantity }))] },
      (line) => !line.item_id
    )
  },
}

export const limitStockOnLineUpdate: HookHandler<HookInput<typeof updateLineItemInCartWorkflow.hooks.validate>> = {
  invoke: async ({ input, cart }, { container }) => {
    const quantity = input.update?.quantity
    const item = (cart.items ?? []).find((i: { id: string }) => i.id === input.item_id)
    if (quantity === undefined || quantity === null || !item || MathBN.lte(quantity, item.quantity)) {
      return
    }
    const basket = await retrieveBasket(container, cart.id)
    await assertBasketStock(
      container,
      { ...basket, items: basket.items.map((i) => (i.id === item.id ? { ...i, quantity } : i)) },
      (line) => line.item_id === item.id
    )
  },
}

export const limitStockOnCreateCart: HookHandler<HookInput<typeof createCartWorkflow.hooks.validate>> = {
  invoke: async ({ cart }, { container }) => {
    const items = ((cart.items ?? []) as BasketItem[]).filter((item) => item.variant_id)
    if (!items.length) {
      return
    }
    await assertBasketStock(
      container,
      { sales_channel_id: cart.sales_channel_id ?? null, items: items.map(({ variant_id, quantity }) => ({ variant_id, quantity })) },
      () => true
    )
  },
}
