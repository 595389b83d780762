// The headless client: build your own markup on the same stores and actions the elements use.
export { appearance, type StripeAppearance, stripeAppearance } from "../internal/appearance";
export { formatMoney, minorToDecimal } from "../internal/money";
export {
  BillingClient,
  type BillingClientOptions,
  type CheckoutSession,
  type CreateCheckoutSession,
  type CustomerState,
  DEFAULT_API_BASE,
  type Pricing,
  type Subscription,
} from "./client";
export { type CustomerStateLoadable, MIN_POLL_SECONDS } from "./customer-state";
export {
  type CustomerStateDocument,
  currentUsage,
  type DecisionReason,
  decideEntitlement,
  type Entitlement,
  type EntitlementDecision,
  entitlementOf,
} from "./entitlement-decision";
export { type ApiErrorBody, BillingApiError, type BillingError, BillingNetworkError, BillingSessionError } from "./errors";
export type { Loadable } from "./loadable";
export type { components, paths } from "./openapi";
export { sharedClient } from "./registry";
export type { CustomerSessionGrant, FetchSession, SessionState } from "./session";
