/**
 * The data each email template renders. Subscribers build these plain shapes
 * (see `order-email-data.ts`) and the Notification module stores them with the
 * notification, so a failed email can be re-rendered and re-sent later without
 * querying the order again.
 */

export type FulfillmentSlotType = "pickup" | "delivery"

/** `order.metadata.fulfillment_slot`, ISO datetimes with an offset. */
export interface FulfillmentSlot {
  type: FulfillmentSlotType
  start: string
  end: string
}

export interface PostalAddress {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
}

export interface ShopDetails {
  name: string
  /** The shop's street address, where pickup orders are collected. */
  address: PostalAddress | null
  /** IANA zone every slot is shown in, e.g. "America/New_York". */
  time_zone: string
  storefront_url: string
  /** Base of Maya's admin dashboard, e.g. "http://localhost:9000/app". */
  admin_url?: string | null
}

export interface OrderLine {
  title: string
  variant_title?: string | null
  quantity: number
  /** Major units: 12.5 is $12.50. */
  unit_price: number
  total: number
  inscription?: string | null
}

export interface OrderEmail {
  id: string
  display_id: number
  email: string
  customer_name: string | null
  phone: string | null
  currency_code: string
  items: OrderLine[]
  /** All amounts in major units, straight from Medusa's order totals. */
  subtotal: number
  shipping_total: number
  discount_total: number
  tax_total: number
  total: number
  slot: FulfillmentSlot | null
  delivery_address: PostalAddress | null
  note: string | null
  paid: boolean
}

export interface OrderEmailData {
  order: OrderEmail
  shop: ShopDetails
  /** Signed token that lets the email's link show the order without signing in (lib/order-access). */
  order_token?: string | null
}

/** What the password-reset template renders, raw token included. */
export interface PasswordResetEmailData {
  email: string
  token: string
  storefront_url: string
  shop_name: string
  /** ISO time the token stops working; the reset email is pointless after it. */
  expires_at: string
}

/** What the notification record keeps instead: the token sealed (see sealed.ts), never in plain text. */
export type StoredPasswordResetEmailData = Omit<PasswordResetEmailData, "token"> & {
  sealed_token: string
}

/** The evening-before reminder: the order, plus the shop's hours that day and the customer's unsubscribe link. */
export interface HandoverReminderEmailData extends OrderEmailData {
  /** "8:00 AM – 4:00 PM" on the handover's day, for pickups; null when not known. */
  opening_hours: string | null
  unsubscribe_url: string | null
}

/** "Tell me when it's back" answered. */
export interface BackInStockEmailData {
  product_title: string
  variant_title: string | null
  /** The bake plan day that was sold out ("YYYY-MM-DD"), or null. */
  date: string | null
  product_url: string
  shop_name: string
}

export interface EmailTemplateData {
  "order-confirmation": OrderEmailData
  "new-order-alert": OrderEmailData
  "ready-for-pickup": OrderEmailData
  "out-for-delivery": OrderEmailData
  "order-canceled": OrderEmailData
  "handover-reminder": HandoverReminderEmailData
  "back-in-stock": BackInStockEmailData
  "password-reset": PasswordResetEmailData
}

export type EmailTemplate = keyof EmailTemplateData

export interface RenderedEmail {
  subject: string
  html: string
  text: string
}
