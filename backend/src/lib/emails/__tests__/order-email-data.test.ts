import { describe, expect, it } from "vitest"
import {
  amount,
  isOrderPaid,
  shopDetails,
  toOrderEmail,
  type GraphOrder,
} from "../order-email-data"

/** A stand-in for Medusa's BigNumber, which serialises to a number. */
const big = (value: number) => ({ toJSON: () => value })

function graphOrder(): GraphOrder {
  return {
    id: "order_01",
    display_id: 7,
    email: "jane@example.com",
    currency_code: "usd",
    metadata: {
      fulfillment_slot: {
        type: "delivery",
        start: "2026-07-04T13:00:00Z",
        end: "2026-07-04T14:00:00Z",
      },
      order_note: "  Ring the bell twice  ",
    },
    item_subtotal: big(52),
    shipping_subtotal: 7.5,
    discount_subtotal: "0",
    tax_total: big(4.68),
    total: big(64.18),
    items: [
      {
        title: "Chocolate Celebration Cake",
        product_title: "Chocolate Celebration Cake",
        variant_title: '8"',
        quantity: 1,
        unit_price: big(52),
        subtotal: big(52),
        metadata: { inscription: "Happy birthday" },
      },
    ],
    shipping_address: {
      first_name: "Jane",
      last_name: "Baker",
      address_1: "77 Harbor Road",
      city: "Portland",
      phone: "555-0100",
    },
    billing_address: null,
    customer: null,
    payment_collections: [
      { status: "authorized", payments: [{ provider_id: "pp_system_default" }] },
    ],
  }
}

describe("toOrderEmail", () => {
  it("reads slot, note, inscription and totals from Medusa's order", () => {
    expect(toOrderEmail(graphOrder())).toEqual({
      id: "order_01",
      display_id: 7,
      email: "jane@example.com",
      customer_name: "Jane Baker",
      phone: "555-0100",
      currency_code: "usd",
      items: [
        {
          title: "Chocolate Celebration Cake",
          variant_title: '8"',
          quantity: 1,
          unit_price: 52,
          total: 52,
          inscription: "Happy birthday",
        },
      ],
      subtotal: 52,
      shipping_total: 7.5,
      discount_total: 0,
      tax_total: 4.68,
      total: 64.18,
      slot: {
        type: "delivery",
        start: "2026-07-04T13:00:00Z",
        end: "2026-07-04T14:00:00Z",
      },
      delivery_address: graphOrder().shipping_address,
      note: "Ring the bell twice",
      paid: false,
    })
  })

  it("leaves out a malformed slot and blank inscriptions instead of failing", () => {
    const order = graphOrder()
    order.metadata = { fulfillment_slot: { type: "teleport", start: "soon" }, order_note: "   " }
    order.items![0]!.metadata = { inscription: "" }
    const email = toOrderEmail(order)

    expect(email.slot).toBeNull()
    expect(email.delivery_address).toBeNull()
    expect(email.note).toBeNull()
    expect(email.items[0].inscription).toBeNull()
  })

  it("only treats the shipping address as a delivery address for delivery slots", () => {
    const order = graphOrder()
    order.metadata!.fulfillment_slot = {
      type: "pickup",
      start: "2026-07-04T13:00:00Z",
      end: "2026-07-04T13:30:00Z",
    }
    expect(toOrderEmail(order).delivery_address).toBeNull()
  })

  it("names the customer from the billing address or account when there is no shipping address", () => {
    const order = graphOrder()
    order.shipping_address = null
    order.customer = { first_name: "Sam", last_name: "Crumb", phone: "555-0199" }
    expect(toOrderEmail(order)).toMatchObject({ customer_name: "Sam Crumb", phone: "555-0199" })
  })
})

describe("isOrderPaid", () => {
  it("counts pay-at-pickup's authorization as unpaid and a capture as paid", () => {
    const pickup = [{ provider_id: "pp_system_default" }]
    expect(isOrderPaid({ payment_collections: [{ status: "authorized", payments: pickup }] })).toBe(false)
    expect(isOrderPaid({ payment_collections: [{ status: "completed", payments: pickup }] })).toBe(true)
    expect(isOrderPaid({ payment_collections: [] })).toBe(false)
  })

  it("counts a card authorized by Stripe as paid", () => {
    expect(
      isOrderPaid({
        payment_collections: [{ status: "authorized", payments: [{ provider_id: "pp_stripe_stripe" }] }],
      })
    ).toBe(true)
  })
})

describe("amount", () => {
  it("accepts numbers, numeric strings and BigNumber-like values", () => {
    expect(amount(12.5)).toBe(12.5)
    expect(amount("8.5")).toBe(8.5)
    expect(amount(big(3.25))).toBe(3.25)
    expect(amount(null)).toBe(0)
  })
})

describe("shopDetails", () => {
  it("takes name and address from the stock location, the schedule's zone and links from the environment", () => {
    const address = { address_1: "12 Maple Street", city: "Portland" }
    expect(
      shopDetails(
        { location: { name: "Sweet Crumbs Bakery", address }, time_zone: "America/Chicago" },
        {
          STOREFRONT_URL: "https://sweetcrumbs.example",
          MEDUSA_BACKEND_URL: "https://api.sweetcrumbs.example/",
        }
      )
    ).toEqual({
      name: "Sweet Crumbs Bakery",
      address,
      time_zone: "America/Chicago",
      storefront_url: "https://sweetcrumbs.example",
      admin_url: "https://api.sweetcrumbs.example/app",
    })
  })

  it("defaults to New York and local URLs", () => {
    expect(shopDetails({ location: null, time_zone: "Nowhere/Special" }, {})).toMatchObject({
      name: "Sweet Crumbs Bakery",
      time_zone: "America/New_York",
      storefront_url: "http://localhost:4321",
      admin_url: "http://localhost:9000/app",
    })
  })
})
