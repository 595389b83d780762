import { randomBytes } from "node:crypto";
import type Stripe from "stripe";
import { emit } from "../events/events";
import type { RequestContext, ScopeContext } from "../http/context";
import { errors, StripeApiError } from "../http/errors";
import { parseParams } from "../http/params";
import { customerNow, save } from "../resources/lookup";
import { newId } from "../store/ids";
import { attemptPayment, customerId } from "./payment-flow";
import { createPaymentMethod, paymentMethodDataShape, resolvePaymentMethod } from "./payment-methods";

export const clientSecretFor = (id: string) => `${id}_secret_${randomBytes(12).toString("base64url")}`;

export interface NewIntent {
  amount: number;
  currency: string;
  customer: string | null;
  description?: string | null;
  metadata?: Record<string, string>;
  applicationFeeAmount?: number | null;
  setupFutureUsage?: Stripe.PaymentIntent.SetupFutureUsage | null;
  captureMethod?: Stripe.PaymentIntent.CaptureMethod;
  paymentMethod?: string | null;
}

export function createIntent(ctx: ScopeContext, input: NewIntent): Stripe.PaymentIntent {
  const id = newId("pi", 24);
  const intent: Stripe.PaymentIntent = {
    id,
    object: "payment_intent",
    allowed_payment_method_types: null,
    amount: input.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: 0,
    application: null,
    application_fee_amount: input.applicationFeeAmount ?? null,
    automatic_payment_methods: { allow_redirects: "always", enabled: true },
    canceled_at: null,
    cancellation_reason: null,
    capture_method: input.captureMethod ?? "automatic_async",
    client_secret: clientSecretFor(id),
    confirmation_method: "automatic",
    created: customerNow(ctx, input.customer),
    currency: input.currency,
    customer: input.customer,
    customer_account: null,
    description: input.description ?? null,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: ctx.livemode,
    managed_payments: null,
    metadata: input.metadata ?? {},
    next_action: null,
    on_behalf_of: null,
    payment_method: input.paymentMethod ?? null,
    payment_method_configuration_details: null,
    payment_method_options: { card: { installments: null, mandate_options: null, network: null, request_three_d_secure: "automatic" } },
    payment_method_types: ["card"],
    payment_record: null,
    processing: null,
    receipt_email: null,
    review: null,
    setup_future_usage: input.setupFutureUsage ?? null,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: input.paymentMethod ? "requires_confirmation" : "requires_payment_method",
    transfer_data: null,
    transfer_group: null,
  };
  save(ctx, "payment_intents", intent);
  emit(ctx, "payment_intent.created", intent);
  return intent;
}

/** Publishable-key callers (Stripe.js) must prove they hold the intent's client secret. */
export function checkClientSecret(ctx: RequestContext, intent: { client_secret: string | null }, given: string | null | undefined) {
  if (!ctx.publishable) return;
  if (!given || given !== intent.client_secret)
    throw errors.badRequest(
      "The client_secret provided does not match any associated PaymentIntent on this account.",
      "resource_missing",
      "client_secret",
    );
}

const confirmShape = {
  payment_method: "string",
  payment_method_data: { object: paymentMethodDataShape },
  return_url: "string",
  off_session: "boolean",
  setup_future_usage: { enum: ["off_session", "on_session"] },
  client_secret: "string",
  error_on_requires_action: "boolean",
  use_stripe_sdk: "boolean",
  mandate_data: "any",
  payment_method_options: "any",
} as const;

/** Confirms an intent; a decline answers 402 with the intent attached, as Stripe does. */
export function confirmIntent(
  ctx: ScopeContext,
  intent: Stripe.PaymentIntent,
  params: ReturnType<typeof parseConfirm>,
): Stripe.PaymentIntent {
  if (!["requires_payment_method", "requires_confirmation", "requires_action"].includes(intent.status))
    throw errors.badRequest(
      `This PaymentIntent's status is ${intent.status}, but it must be one of requires_payment_method, requires_confirmation, or requires_action to be confirmed.`,
      "payment_intent_unexpected_state",
    );
  let methodId = params.payment_method ?? (typeof intent.payment_method === "string" ? intent.payment_method : null);
  if (params.payment_method_data) methodId = createPaymentMethod(ctx, params.payment_method_data, "payment_method_data").id;
  if (!methodId)
    throw errors.badRequest(
      "You cannot confirm this PaymentIntent because it's missing a payment method. You can either update the PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method.",
      "payment_intent_unexpected_state",
    );
  const method = resolvePaymentMethod(ctx, methodId, "payment_method");
  if (params.return_url) ctx.emulator.store.setLink(intent.id, "return_url", params.return_url);
  const owner = customerId(intent);
  if (method.customer && method.customer !== owner)
    throw errors.badRequest("The provided PaymentMethod belongs to another customer.", "payment_method_unexpected_state", "payment_method");
  const ready: Stripe.PaymentIntent = { ...intent, setup_future_usage: params.setup_future_usage ?? intent.setup_future_usage };
  const result = attemptPayment(ctx, ready, method, { offSession: params.off_session ?? false });
  if (result.status === "requires_payment_method" && result.last_payment_error) {
    const error = result.last_payment_error;
    throw new StripeApiError(402, {
      type: "card_error",
      code: error.code,
      decline_code: error.decline_code,
      message: error.message ?? "Your card was declined.",
      payment_intent: result,
      ...(error.charge ? { charge: error.charge } : {}),
    } as never);
  }
  return result;
}

export function parseConfirm(ctx: RequestContext) {
  return parseParams(ctx.input, confirmShape);
}
