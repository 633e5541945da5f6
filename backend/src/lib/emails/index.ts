import { newOrderAlert } from "./templates/new-order-alert"
import { orderCanceled } from "./templates/order-canceled"
import { orderConfirmation } from "./templates/order-confirmation"
import { outForDelivery } from "./templates/out-for-delivery"
import { backInStock } from "./templates/back-in-stock"
import { handoverReminder } from "./templates/handover-reminder"
import { passwordReset } from "./templates/password-reset"
import { readyForPickup } from "./templates/ready-for-pickup"
import type { EmailTemplate, EmailTemplateData, RenderedEmail } from "./types"

const TEMPLATES: {
  [T in EmailTemplate]: (data: EmailTemplateData[T]) => RenderedEmail
} = {
  "order-confirmation": orderConfirmation,
  "new-order-alert": newOrderAlert,
  "ready-for-pickup": readyForPickup,
  "out-for-delivery": outForDelivery,
  "order-canceled": orderCanceled,
  "handover-reminder": handoverReminder,
  "back-in-stock": backInStock,
  "password-reset": passwordReset,
}

export function isEmailTemplate(name: string): name is EmailTemplate {
  return Object.prototype.hasOwnProperty.call(TEMPLATES, name)
}

/** Renders one of the shop's emails to a subject, an HTML part and a plain-text part. */
export function renderEmail<T extends EmailTemplate>(
  template: T,
  data: EmailTemplateData[T]
): RenderedEmail {
  return TEMPLATES[template](data)
}

export * from "./types"
export { DEFAULT_TIME_ZONE, formatMoney, formatSlot } from "./format"
export { passwordResetUrl } from "./templates/password-reset"
export { orderPageUrl } from "./templates/order-confirmation"
export {
  amount,
  isOrderPaid,
  ORDER_EMAIL_FIELDS,
  orderEmailData,
  shopDetails,
  toOrderEmail,
} from "./order-email-data"
export type { GraphOrder, ShopEnv } from "./order-email-data"
export {
  orderNotifications,
  passwordResetNotification,
  renderableEmailData,
  sealPasswordReset,
  tokenExpiry,
} from "./notifications"
export { emailSealKey, openText, sealText } from "./sealed"
export type {
  EmailNotification,
  SealedPasswordReset,
  OrderEmailRequest,
  OrderEmailTemplate,
  OrderNotificationsInput,
} from "./notifications"
export { pickEmailsToRetry, RETRY_POLICY, retryWindowStart } from "./retry"
export type { NotificationAttempt, RetryPolicy } from "./retry"
