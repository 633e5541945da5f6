/**
 * Sweet Crumbs' shop setup: who we are, where we bake, how customers get
 * their order. Edited like code; the loader applies it idempotently.
 */
export const shop = {
  store_name: "Sweet Crumbs Bakery",
  sales_channel: {
    name: "Online store",
    description: "Orders placed on the Sweet Crumbs website",
  },
  publishable_key_title: "Sweet Crumbs storefront",
  region: {
    name: "United States",
    currency_code: "usd",
    countries: ["us"],
  },
  /** Sales tax in percent; override with SALES_TAX_RATE (e.g. 8.875 for New York City). */
  sales_tax: {
    rate: Number(process.env.SALES_TAX_RATE ?? 8.875),
    code: "NY-SALES",
    name: "NY State & City sales tax",
  },
  stock_location: {
    name: "Sweet Crumbs Bakery",
    address: {
      address_1: "214 Maple Avenue",
      city: "Brooklyn",
      province: "NY",
      postal_code: "11215",
      country_code: "US",
      phone: "+1 718 555 0142",
    },
  },
  fulfillment_set_name: "Sweet Crumbs pickup & delivery",
  shipping: {
    pickup: {
      name: "Pickup at the shop",
      code: "pickup",
      description: "Collect your order at 214 Maple Avenue at the time you choose.",
      price: 0,
    },
    delivery: {
      name: "Local delivery",
      code: "delivery",
      description: "We bring it to your door in Park Slope and nearby neighbourhoods.",
      price: 7.5,
    },
  },
  promotions: [
    {
      code: "WELCOME10",
      description: "10% off your first order",
      percent_off: 10,
    },
  ],
} as const

export type ShopSetup = typeof shop
