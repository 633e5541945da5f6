import { container } from "@medusajs/framework"
import { authenticate, defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { normalizeInscriptions } from "./store/carts/inscription-normalizer"
import { StoreSetOrderNote } from "./store/carts/[id]/order-note/validators"
import { allowStoreFields } from "./store/allow-fields"
import { applyBakeryProductFilters } from "./store/products/bakery-filters"
import { validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetCartsCart } from "@medusajs/medusa/api/store/carts/validators"
import { retrieveTransformQueryConfig } from "@medusajs/medusa/api/store/carts/query-config"
import { AdminUpdateSchedule } from "./admin/bakery/schedule/validators"
import { AdminCreateBlackoutDate } from "./admin/bakery/schedule/blackout-dates/validators"
import { AdminGetProductionSheet } from "./admin/bakery/production/validators"
import {
  AdminCreateBakePlanGroup,
  AdminSetBakePlanOverride,
  AdminUpdateBakePlanGroup,
} from "./admin/bakery/bake-plan/validators"
import { slotConflictErrorHandler } from "./store/carts/[id]/fulfillment-slot/slot-conflict-error-handler"
import { StorePostFulfillmentSlot } from "./store/carts/[id]/fulfillment-slot/validators"
import { StoreGetFulfillmentSlots } from "./store/carts/[id]/fulfillment-slots/validators"
import { StoreGetCartBakeDays } from "./store/carts/[id]/bake-days/validators"
import { StoreGetProductBakeDays } from "./store/bakery/bake-days/validators"
import { UnsubscribeFromReminders } from "./bakery/reminders/unsubscribe/validators"
import { StoreJoinWaitlist } from "./store/bakery/waitlist/validators"
import { verifyStripeSignature } from "./hooks/payment/verify-stripe-signature"
import { ignoreShopperPaymentOptions } from "./store/payment-collections/ignore-shopper-payment-options"
import { failFastWhilePostgresRefuses, GUARDED_ROUTES, refuseWhileUnavailable, withUnavailableErrors } from "./unavailable"
import { CUSTOMER_PASSWORD_ROUTES, requireAcceptablePassword } from "./auth/require-acceptable-password"
import { guardOrderDetails, ORDER_DETAILS_ROUTE } from "./store/orders/guard-order-details"
import { requireWholePaging } from "./paging"
import { answerUnsafeInput, refuseUnsafeInput } from "./request-hygiene"
import {
  limitCartWrites,
  limitFailedSignIns,
  limitOrderPlacement,
  limitPasswordResets,
  limitSignUps,
  limitWaitlistSignUps,
  RATE_LIMITED_ROUTES,
} from "./rate-limits"

// Medusa opens its Postgres pool before it loads this file.
failFastWhilePostgresRefuses(container.resolve(ContainerRegistrationKeys.PG_CONNECTION, { allowUnregistered: true }))

export default defineMiddlewares({
  errorHandler: withUnavailableErrors(answerUnsafeInput(slotConflictErrorHandler)),
  routes: [
    // First: while Postgres or Redis is away, a 503 with a sentence instead of a hang.
    { matcher: GUARDED_ROUTES, middlewares: [refuseWhileUnavailable] },
    // Like GUARDED_ROUTES, stops before the slash: a matcher without methods is mounted with
    // use(), which Express runs only when the match ends at a "/" or the end of the path.
    { matcher: /^\/(store|admin|auth|hooks)(?=\/|$)/, middlewares: [refuseUnsafeInput] },
    { matcher: /^\/(store|admin)\//, methods: ["GET"], middlewares: [requireWholePaging] },
    // Rate limits (README "Security"). GET too: Medusa's emailpass sign-in also answers GET.
    { matcher: RATE_LIMITED_ROUTES.signIn, methods: ["GET", "POST"], middlewares: [limitFailedSignIns] },
    { matcher: RATE_LIMITED_ROUTES.authRegister, methods: ["POST"], middlewares: [limitSignUps("identity")] },
    { matcher: RATE_LIMITED_ROUTES.storeCustomers, methods: ["POST"], middlewares: [limitSignUps("customer")] },
    { matcher: RATE_LIMITED_ROUTES.passwordReset, methods: ["POST"], middlewares: [limitPasswordResets] },
    { matcher: RATE_LIMITED_ROUTES.completeCart, methods: ["POST"], middlewares: [limitOrderPlacement] },
    { matcher: RATE_LIMITED_ROUTES.cartWrites, methods: ["POST", "DELETE"], middlewares: [limitCartWrites] },
    { matcher: RATE_LIMITED_ROUTES.waitlist, methods: ["POST"], middlewares: [limitWaitlistSignUps] },
    ...CUSTOMER_PASSWORD_ROUTES.map((matcher) => ({
      matcher,
      methods: ["POST" as const],
      middlewares: [requireAcceptablePassword],
    })),
    {
      // A regex matcher is ordered before Medusa's own "/store/products" middlewares,
      // so our query params are consumed before Medusa's strict validator sees them.
      matcher: /^\/store\/products\/?$/,
      methods: ["GET"],
      middlewares: [applyBakeryProductFilters, allowStoreFields("bakery_profile")],
    },
    {
      matcher: /^\/store\/products\/[^/]+\/?$/,
      methods: ["GET"],
      middlewares: [allowStoreFields("bakery_profile")],
    },
    {
      // Only the owner or a signed order token sees an order (see guard-order-details.ts).
      matcher: ORDER_DETAILS_ROUTE,
      methods: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), guardOrderDetails],
    },
    {
      // The order's pickup/delivery slot and note live in its metadata (and its slot booking).
      matcher: /^\/store\/orders(\/[^/]+)?\/?$/,
      methods: ["GET"],
      middlewares: [allowStoreFields("metadata", "slot_booking")],
    },
    {
      // Regex matchers run before Medusa's own validators, so they see the trimmed text.
      matcher: /^\/store\/carts(\/[^/]+\/line-items(\/[^/]+)?)?\/?$/,
      methods: ["POST"],
      middlewares: [normalizeInscriptions],
    },
    {
      matcher: "/store/carts/:id/order-note",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(StoreSetOrderNote)],
    },
    {
      matcher: "/store/carts/:id/fulfillment-slots",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreGetFulfillmentSlots, {})],
    },
    {
      matcher: "/store/carts/:id/bake-days",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreGetCartBakeDays, {})],
    },
    {
      matcher: "/store/bakery/bake-days",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreGetProductBakeDays, {})],
    },
    {
      matcher: "/store/bakery/waitlist",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(StoreJoinWaitlist)],
    },
    {
      // The unsubscribe link in reminder emails: email and token in the query, for GET and the page's POST.
      matcher: "/bakery/reminders/unsubscribe",
      methods: ["GET", "POST"],
      middlewares: [validateAndTransformQuery(UnsubscribeFromReminders, {})],
    },
    {
      matcher: "/store/carts/:id/fulfillment-slot",
      methods: ["POST"],
      middlewares: [
        validateAndTransformBody(StorePostFulfillmentSlot),
        validateAndTransformQuery(StoreGetCartsCart, retrieveTransformQueryConfig),
      ],
    },
    {
      // Medusa's own pattern, so the check sees the provider as the route will
      // (decoded), however the path is spelled; the raw body is kept by the
      // body parser Medusa configures for it.
      matcher: "/hooks/payment/:provider",
      methods: ["POST"],
      middlewares: [verifyStripeSignature],
    },
    {
      // Medusa's own pattern, so every spelling that reaches its route passes here first.
      matcher: "/store/payment-collections/:id/payment-sessions",
      methods: ["POST"],
      middlewares: [ignoreShopperPaymentOptions],
    },
    {
      matcher: "/admin/bakery/schedule",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpdateSchedule)],
    },
    {
      matcher: "/admin/bakery/schedule/blackout-dates",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminCreateBlackoutDate)],
    },
    {
      matcher: "/admin/bakery/bake-plan/groups",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminCreateBakePlanGroup)],
    },
    {
      matcher: "/admin/bakery/bake-plan/groups/:id",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpdateBakePlanGroup)],
    },
    {
      matcher: "/admin/bakery/bake-plan/groups/:id/overrides",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminSetBakePlanOverride)],
    },
    ...["/admin/bakery/production", "/admin/bakery/production/export"].map((matcher) => ({
      matcher,
      methods: ["GET" as const],
      middlewares: [validateAndTransformQuery(AdminGetProductionSheet, {})],
    })),
  ],
})
