/**
 * Every error code the API can answer, per domain, with the HTTP status(es) it comes with. The
 * lists are closed: `ApiError` takes only an `ErrorCode`, each route declares the codes it may
 * return (`defineRoute({ errors })`), the OpenAPI document lists them as an `enum` on that route's
 * error responses, and in tests a route answering a code it did not declare fails the request
 * (`undeclaredError`). A new code goes here first, then on the routes that return it.
 */
export type ErrorStatus = 400 | 401 | 402 | 403 | 404 | 405 | 409 | 413 | 415 | 429 | 500 | 503;

type Registry = Record<string, ErrorStatus | readonly ErrorStatus[]>;

/** Reading the request: schema validation, bodies, routing. */
export const REQUEST_ERRORS = {
  parameter_invalid: 400,
  parameter_missing: 400,
  parameter_unknown: 400,
  body_missing: 400,
  body_invalid: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  method_not_allowed: 405,
  route_not_found: 404,
  /** 404 for an object by id; 400 for an id named in a body or a cursor. */
  resource_missing: [404, 400],
} as const satisfies Registry;

/** Credentials, access rules and browser origins (`auth/`, `app/middleware/cors.ts`). */
export const AUTH_ERRORS = {
  invalid_authorization: 401,
  invalid_token: 401,
  invalid_api_key: 401,
  invalid_customer_session: 401,
  authentication_required: 401,
  principal_not_allowed: 403,
  insufficient_permissions: 403,
  secret_key_in_browser: 403,
  origin_not_allowed: 403,
  organization_required: 400,
  organization_not_found: 404,
} as const satisfies Registry;

/** What any route may meet on the way: limits, replays, outages, bugs. */
export const PLATFORM_ERRORS = {
  rate_limited: 429,
  idempotency_key_in_use: 409,
  idempotency_key_reused: 409,
  service_unavailable: 503,
  internal_error: 500,
} as const satisfies Registry;

/** Organisations, members, invitations and API keys. */
export const TEAM_ERRORS = {
  slug_taken: 409,
  confirmation_mismatch: 400,
  owner_required: 403,
  last_owner: 409,
  already_member: 409,
  invitation_exists: 409,
  invitation_not_pending: 409,
  invitation_invalid: 404,
  invitation_email_mismatch: 403,
  api_key_inactive: 400,
} as const satisfies Registry;

/** Features, products, grants, prices and whole-catalogue moves. */
export const CATALOGUE_ERRORS = {
  feature_key_taken: 409,
  feature_in_use: 409,
  feature_already_granted: 409,
  feature_type_conflict: 409,
  lookup_key_taken: 409,
  product_has_prices: 409,
  price_conflict: 409,
  duplicate_key: 400,
  test_mode_required: 400,
} as const satisfies Registry;

/** Customers and checkout. */
export const CHECKOUT_ERRORS = {
  external_id_taken: 409,
  already_subscribed: 409,
  account_not_ready: 409,
  customer_not_synced: 409,
  price_not_synced: [409, 400],
  price_inactive: 400,
  currency_not_available: 400,
  amount_too_large: 400,
  promotion_code_invalid: 400,
  stripe_account_missing: 404,
} as const satisfies Registry;

/** Subscriptions, payment methods, invoices, refunds and test clocks. */
export const BILLING_ERRORS = {
  subscription_canceled: 400,
  subscription_paused: 400,
  subscription_not_paused: 400,
  cancellation_not_scheduled: 400,
  subscription_items_unsupported: 400,
  nothing_to_change: 400,
  price_not_recurring: 400,
  price_currency_mismatch: 400,
  invoice_not_open: 400,
  invoice_not_paid: 400,
  charge_not_found: 400,
  charge_already_refunded: 400,
  refund_refused: 400,
  refund_not_recorded: 500,
  livemode_not_supported: 400,
} as const satisfies Registry;

/** Usage events and entitlement checks. */
export const USAGE_ERRORS = {
  feature_not_metered: 400,
  not_entitled: 409,
  limit_reached: 409,
  timestamp_in_future: 400,
  timestamp_too_old: 400,
} as const satisfies Registry;

/** Stripe's webhook deliveries. */
export const WEBHOOK_ERRORS = {
  signature_missing: 400,
  signature_invalid: 400,
} as const satisfies Registry;

/** Outbound webhook endpoints: a URL the sender would refuse (domain/webhooks/url-safety.ts). */
export const WEBHOOK_ENDPOINT_ERRORS = {
  url_invalid_url: 400,
  url_https_required: 400,
  url_credentials_in_url: 400,
  url_private_address: 400,
  url_internal_hostname: 400,
  url_local_url_not_allowed: 400,
} as const satisfies Registry;

/**
 * Stripe's refusals we pass on as a 400 with Stripe's code (`stripe/errors.ts`); any other Stripe
 * code is answered as `stripe_error`, its message kept, so the list stays closed.
 */
export const STRIPE_ERRORS = {
  stripe_error: 400,
  resource_missing: [404, 400],
  parameter_invalid_integer: 400,
  parameter_invalid_empty: 400,
  parameter_missing: 400,
  parameter_unknown: 400,
  parameter_invalid: 400,
  account_invalid: 400,
  amount_too_small: 400,
  amount_too_large: 400,
  payment_intent_unexpected_state: 400,
  charge_already_refunded: 400,
} as const satisfies Registry;

/**
 * Card declines (Stripe's `decline_code`s and card error codes), answered as 402 by payments and
 * as 400 when Stripe refuses a card on a request; an unlisted one becomes `card_declined`.
 */
export const CARD_ERRORS = {
  card_declined: [402, 400],
  generic_decline: [402, 400],
  insufficient_funds: [402, 400],
  lost_card: [402, 400],
  stolen_card: [402, 400],
  expired_card: [402, 400],
  incorrect_cvc: [402, 400],
  incorrect_number: [402, 400],
  invalid_expiry_month: [402, 400],
  invalid_expiry_year: [402, 400],
  processing_error: [402, 400],
  do_not_honor: [402, 400],
  fraudulent: [402, 400],
  authentication_required: [402, 400],
  payment_intent_authentication_failure: [402, 400],
  setup_intent_authentication_failure: [402, 400],
} as const satisfies Registry;

const DOMAINS = [
  REQUEST_ERRORS,
  AUTH_ERRORS,
  PLATFORM_ERRORS,
  TEAM_ERRORS,
  CATALOGUE_ERRORS,
  CHECKOUT_ERRORS,
  BILLING_ERRORS,
  USAGE_ERRORS,
  WEBHOOK_ERRORS,
  WEBHOOK_ENDPOINT_ERRORS,
  STRIPE_ERRORS,
  CARD_ERRORS,
] as const;

type Codes<R> = R extends unknown ? keyof R & string : never;
/** Every code the API can answer with. */
export type ErrorCode = Codes<(typeof DOMAINS)[number]>;
export type StripeErrorCode = keyof typeof STRIPE_ERRORS;
export type CardErrorCode = keyof typeof CARD_ERRORS;

const STATUSES = new Map<string, Set<ErrorStatus>>();
for (const domain of DOMAINS) {
  for (const [code, status] of Object.entries(domain)) {
    const statuses = STATUSES.get(code) ?? new Set<ErrorStatus>();
    for (const one of typeof status === "number" ? [status] : status) statuses.add(one);
    STATUSES.set(code, statuses);
  }
}

/** The statuses `code` may be answered with (across domains). */
export function statusesOf(code: ErrorCode): ReadonlySet<ErrorStatus> {
  return STATUSES.get(code) ?? new Set();
}

export function isErrorCode(code: string): code is ErrorCode {
  return STATUSES.has(code);
}

/** The codes of `domain`, to declare on a route that can return any of them. */
export const codesOf = <R extends Registry>(domain: R) => Object.keys(domain) as Array<keyof R & ErrorCode>;

/** Stripe's code if it is in our closed list, else `fallback` (Stripe's message still says what happened). */
export function stripeCode<C extends ErrorCode>(code: string | undefined | null, fallback: C): ErrorCode {
  return code && (code in STRIPE_ERRORS || code in CARD_ERRORS) ? (code as ErrorCode) : fallback;
}

/**
 * What a route that calls Stripe on the organisation's connected account while it answers may
 * pass on: no account in this mode yet, or Stripe's refusal (`stripe/errors.ts`).
 */
export const STRIPE_REFUSALS: readonly ErrorCode[] = ["stripe_account_missing", ...codesOf(STRIPE_ERRORS), ...codesOf(CARD_ERRORS)];

/** A decline's code if we list it, else `card_declined`. */
export function cardCode(code: string | undefined | null): CardErrorCode {
  return code && code in CARD_ERRORS ? (code as CardErrorCode) : "card_declined";
}
