import { createHash } from "node:crypto"
import { orderEmailData, type GraphOrder } from "./order-email-data"
import { openText, sealText } from "./sealed"
import type {
  EmailTemplate,
  EmailTemplateData,
  FulfillmentSlotType,
  PasswordResetEmailData,
  ShopDetails,
  StoredPasswordResetEmailData,
} from "./types"

/*
 * Builds the notifications the Notification module records and hands to the
 * mailer. The rendering data travels inside the notification, so the retry job
 * can send a failed email again exactly as it was first meant to be sent.
 */

/** The fields of Medusa's CreateNotificationDTO that our emails use. */
export interface EmailNotification {
  to: string
  channel: "email"
  template: EmailTemplate
  data: Record<string, unknown>
  trigger_type: string
  resource_id: string | null
  resource_type: string | null
  idempotency_key: string
}

export type OrderEmailTemplate = Exclude<EmailTemplate, "password-reset" | "back-in-stock">

export interface OrderEmailRequest {
  template: OrderEmailTemplate
  /** Defaults to the order's email; Maya's alert goes to SHOP_EMAIL. */
  to?: string
}

export interface OrderNotificationsInput {
  emails: OrderEmailRequest[]
  /** Send only when the order's slot has this type. */
  slot_type?: FulfillmentSlotType
  trigger: string
}

/**
 * One notification per requested email. The idempotency key makes each email
 * go out at most once per order, however often the event is delivered.
 */
export function orderNotifications(
  input: OrderNotificationsInput,
  order: GraphOrder,
  shop: ShopDetails,
  orderToken: string | null = null
): EmailNotification[] {
  const data = { ...orderEmailData(order, shop), order_token: orderToken }
  if (input.slot_type && data.order.slot?.type !== input.slot_type) {
    return []
  }
  return input.emails.flatMap((email) => {
    const to = email.to ?? data.order.email
    if (!to) {
      return []
    }
    return [
      {
        to,
        channel: "email" as const,
        template: email.template,
        data: data as unknown as Record<string, unknown>,
        trigger_type: input.trigger,
        resource_id: order.id,
        resource_type: "order",
        idempotency_key: `${email.template}:${order.id}`,
      },
    ]
  })
}

/** Reset tokens are JWTs; their `exp` says when the email stops being useful. */
export function tokenExpiry(token: string, now: Date): string {
  try {
    const payload = JSON.parse(
      Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")
    )
    if (typeof payload.exp === "number") {
      return new Date(payload.exp * 1000).toISOString()
    }
  } catch {
    // Not a JWT we can read: fall back to Medusa's 15-minute token lifetime.
  }
  return new Date(now.getTime() + 15 * 60 * 1000).toISOString()
}

/** A reset request as it may be stored and passed on: the token sealed, its hash and expiry read beforehand. */
export interface SealedPasswordReset {
  email: string
  sealed_token: string
  token_hash: string
  expires_at: string
}

export function sealPasswordReset(email: string, token: string, key: Buffer, now: Date): SealedPasswordReset {
  return {
    email,
    sealed_token: sealText(token, key),
    token_hash: createHash("sha256").update(token).digest("hex"),
    expires_at: tokenExpiry(token, now),
  }
}

export function passwordResetNotification(
  input: SealedPasswordReset & { trigger: string },
  shop: ShopDetails
): EmailNotification {
  const data: StoredPasswordResetEmailData = {
    email: input.email,
    sealed_token: input.sealed_token,
    storefront_url: shop.storefront_url,
    shop_name: shop.name,
    expires_at: input.expires_at,
  }
  return {
    to: input.email,
    channel: "email",
    template: "password-reset",
    data: data as unknown as Record<string, unknown>,
    trigger_type: input.trigger,
    resource_id: null,
    resource_type: null,
    // Hashed so the key column never holds a usable token.
    idempotency_key: `password-reset:${input.token_hash}`,
  }
}

/** A stored notification's data as its template renders it: the reset token opened, the rest as stored. */
export function renderableEmailData<T extends EmailTemplate>(
  template: T,
  stored: Record<string, unknown>,
  key: Buffer
): EmailTemplateData[T] {
  if (template !== "password-reset") {
    return stored as unknown as EmailTemplateData[T]
  }
  const { sealed_token, ...rest } = stored as unknown as StoredPasswordResetEmailData
  const data: PasswordResetEmailData = { ...rest, token: openText(sealed_token, key) }
  return data as unknown as EmailTemplateData[T]
}
