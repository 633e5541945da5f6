import type { OrderEmailData } from "../types"

/** A pickup order for 9:00–9:30 AM EDT on Saturday, July 4, 2026. */
export function pickupOrder(): OrderEmailData {
  return {
    order: {
      id: "order_01PICKUP",
      display_id: 1042,
      email: "jane@example.com",
      customer_name: "Jane Baker",
      phone: "+1 555 0100",
      currency_code: "usd",
      items: [
        {
          title: "Chocolate Celebration Cake",
          variant_title: '8"',
          quantity: 1,
          unit_price: 52,
          total: 52,
          inscription: "Happy 30th, Sam!",
        },
        {
          title: "Country Sourdough",
          variant_title: "Single",
          quantity: 2,
          unit_price: 8.5,
          total: 17,
          inscription: null,
        },
      ],
      subtotal: 69,
      shipping_total: 0,
      discount_total: 0,
      tax_total: 6.12,
      total: 75.12,
      slot: {
        type: "pickup",
        start: "2026-07-04T13:00:00.000Z",
        end: "2026-07-04T13:30:00.000Z",
      },
      delivery_address: null,
      note: "Please box the cake separately.\nThank you!",
      paid: false,
    },
    shop: {
      name: "Sweet Crumbs Bakery",
      address: {
        address_1: "12 Maple Street",
        city: "Portland",
        province: "ME",
        postal_code: "04101",
        country_code: "us",
      },
      time_zone: "America/New_York",
      storefront_url: "https://sweetcrumbs.example",
      admin_url: "https://admin.sweetcrumbs.example/app",
    },
  }
}

export function deliveryOrder(): OrderEmailData {
  const data = pickupOrder()
  data.order.slot = {
    type: "delivery",
    start: "2026-12-12T19:00:00.000Z",
    end: "2026-12-12T20:00:00.000Z",
  }
  data.order.delivery_address = {
    first_name: "Jane",
    last_name: "Baker",
    address_1: "77 Harbor Road",
    address_2: "Apt 3",
    city: "Portland",
    province: "ME",
    postal_code: "04102",
    country_code: "us",
  }
  data.order.shipping_total = 7.5
  data.order.total = 82.62
  return data
}
