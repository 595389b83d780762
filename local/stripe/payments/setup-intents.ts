import type Stripe from "stripe";
import { emit, saveWithEvent } from "../events/events";
import type { Route, ScopeContext } from "../http/context";
import { errors, StripeApiError } from "../http/errors";
import { mergeMetadata, parseParams } from "../http/params";
import { customerNow, mustGet, save } from "../resources/lookup";
import { newId } from "../store/ids";
import { paginate, withoutPagination } from "../store/list";
import { challengeUrl, needsAuthentication } from "./payment-flow";
import { checkClientSecret, clientSecretFor } from "./payment-intents";
import { attach, createPaymentMethod, paymentMethodDataShape, resolvePaymentMethod, testCardOf } from "./payment-methods";
import type { Decline } from "./test-cards";

/** Billing listens here to make a trial subscription's card its default once set up. */
export const setupListeners: { succeeded: Array<(ctx: ScopeContext, intent: Stripe.SetupIntent) => void> } = { succeeded: [] };

export function createSetupIntent(
  ctx: ScopeContext,
  input: { customer: string | null; paymentMethod?: string | null; metadata?: Record<string, string>; usage?: string },
): Stripe.SetupIntent {
  const id = newId("seti", 24);
  const intent: Stripe.SetupIntent = {
    id,
    object: "setup_intent",
    allowed_payment_method_types: null,
    application: null,
    automatic_payment_methods: { allow_redirects: "always", enabled: true },
    cancellation_reason: null,
    client_secret: clientSecretFor(id),
    created: customerNow(ctx, input.customer),
    customer: input.customer,
    description: null,
    excluded_payment_method_types: null,
    flow_directions: null,
    last_setup_error: null,
    latest_attempt: null,
    livemode: ctx.livemode,
    mandate: null,
    metadata: input.metadata ?? {},
    next_action: null,
    on_behalf_of: null,
    payment_method: input.paymentMethod ?? null,
    payment_method_configuration_details: null,
    payment_method_options: { card: { mandate_options: null, network: null, request_three_d_secure: "automatic" } },
    payment_method_types: ["card"],
    single_use_mandate: null,
    status: input.paymentMethod ? "requires_confirmation" : "requires_payment_method",
    usage: input.usage ?? "off_session",
  };
  save(ctx, "setup_intents", intent);
  emit(ctx, "setup_intent.created", intent);
  return intent;
}

function succeed(ctx: ScopeContext, intent: Stripe.SetupIntent, method: Stripe.PaymentMethod): Stripe.SetupIntent {
  const customer = typeof intent.customer === "string" ? intent.customer : (intent.customer?.id ?? null);
  if (customer) attach(ctx, method, customer);
  ctx.emulator.store.setLink(method.id, "authenticated", "true");
  const next: Stripe.SetupIntent = { ...intent, payment_method: method.id, status: "succeeded", next_action: null, last_setup_error: null };
  save(ctx, "setup_intents", next);
  emit(ctx, "setup_intent.succeeded", next);
  for (const listener of setupListeners.succeeded) listener(ctx, next);
  return next;
}

function fail(ctx: ScopeContext, intent: Stripe.SetupIntent, method: Stripe.PaymentMethod, decline: Decline): Stripe.SetupIntent {
  const next: Stripe.SetupIntent = {
    ...intent,
    status: "requires_payment_method",
    next_action: null,
    last_setup_error: {
      type: decline.code.endsWith("_failure") ? "invalid_request_error" : "card_error",
      code: decline.code,
      decline_code: decline.decline_code,
      message: decline.message,
      payment_method: method,
    },
  };
  save(ctx, "setup_intents", next);
  emit(ctx, "setup_intent.setup_failed", next);
  return next;
}

export function confirmSetupIntent(
  ctx: ScopeContext,
  intent: Stripe.SetupIntent,
  methodId: string | null | undefined,
  returnUrl?: string | null,
): Stripe.SetupIntent {
  if (!["requires_payment_method", "requires_confirmation", "requires_action"].includes(intent.status))
    throw errors.badRequest(`This SetupIntent's status is ${intent.status}; it cannot be confirmed.`, "setup_intent_unexpected_state");
  const id = methodId ?? (typeof intent.payment_method === "string" ? intent.payment_method : null);
  if (!id)
    throw errors.badRequest("You cannot confirm this SetupIntent because it's missing a payment method.", "setup_intent_unexpected_state");
  const method = resolvePaymentMethod(ctx, id, "payment_method");
  if (returnUrl) ctx.emulator.store.setLink(intent.id, "return_url", returnUrl);
  const decline = testCardOf(ctx, method.id)?.declineOnAttach;
  if (decline) {
    const failed = fail(ctx, { ...intent, payment_method: method.id }, method, decline);
    throw new StripeApiError(402, {
      type: "card_error",
      code: decline.code,
      decline_code: decline.decline_code,
      message: decline.message,
      setup_intent: failed,
    });
  }
  if (needsAuthentication(ctx, method.id, false)) {
    const action: Stripe.SetupIntent = {
      ...intent,
      payment_method: method.id,
      status: "requires_action",
      next_action: {
        type: "redirect_to_url",
        redirect_to_url: { return_url: returnUrl ?? null, url: challengeUrl(ctx, intent.id, intent.client_secret) },
      },
    };
    save(ctx, "setup_intents", action);
    emit(ctx, "setup_intent.requires_action", action);
    return action;
  }
  return succeed(ctx, intent, method);
}

export function completeSetupAuthentication(ctx: ScopeContext, intent: Stripe.SetupIntent, passed: boolean): Stripe.SetupIntent {
  const method = mustGet<Stripe.PaymentMethod>(ctx, "payment_methods", String(intent.payment_method), "PaymentMethod");
  if (passed) return succeed(ctx, intent, method);
  return fail(ctx, intent, method, {
    code: "setup_intent_authentication_failure",
    message: "We are unable to authenticate your payment method. Please choose a different payment method and try again.",
  });
}

const shape = {
  customer: "string",
  payment_method: "string",
  payment_method_data: { object: paymentMethodDataShape },
  confirm: "boolean",
  usage: { enum: ["off_session", "on_session"] },
  payment_method_types: { array: "string" },
  automatic_payment_methods: { object: { enabled: "boolean", allow_redirects: { enum: ["always", "never"] } } },
  description: "string",
  metadata: "metadata",
  return_url: "string",
} as const;

export const setupIntentRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/setup_intents",
    handler(ctx) {
      const params = parseParams(ctx.input, shape);
      if (params.customer) mustGet(ctx, "customers", params.customer, "customer", "customer");
      const methodId = params.payment_method_data
        ? createPaymentMethod(ctx, params.payment_method_data, "payment_method_data").id
        : params.payment_method;
      const method = methodId ? resolvePaymentMethod(ctx, methodId, "payment_method") : null;
      const intent = createSetupIntent(ctx, {
        customer: params.customer ?? null,
        paymentMethod: method?.id,
        metadata: mergeMetadata({}, params.metadata),
        usage: params.usage ?? "off_session",
      });
      return params.confirm ? confirmSetupIntent(ctx, intent, method?.id, params.return_url) : intent;
    },
  },
  {
    method: "GET",
    path: "/v1/setup_intents/:id",
    publishable: true,
    handler(ctx) {
      const intent = mustGet<Stripe.SetupIntent>(ctx, "setup_intents", ctx.args[0] ?? "", "setup_intent");
      checkClientSecret(ctx, intent, parseParams(ctx.input, { client_secret: "string" }).client_secret);
      return intent;
    },
  },
  {
    method: "POST",
    path: "/v1/setup_intents/:id",
    handler(ctx) {
      const before = mustGet<Stripe.SetupIntent>(ctx, "setup_intents", ctx.args[0] ?? "", "setup_intent");
      const params = parseParams(ctx.input, { metadata: "metadata", description: "string", payment_method: "string", customer: "string" });
      const after: Stripe.SetupIntent = structuredClone(before);
      after.metadata = mergeMetadata(before.metadata, params.metadata);
      if (params.description !== undefined) after.description = params.description;
      if (params.customer) after.customer = mustGet<Stripe.Customer>(ctx, "customers", params.customer, "customer", "customer").id;
      if (params.payment_method) after.payment_method = resolvePaymentMethod(ctx, params.payment_method, "payment_method").id;
      save(ctx, "setup_intents", after);
      return after;
    },
  },
  {
    method: "POST",
    path: "/v1/setup_intents/:id/confirm",
    publishable: true,
    handler(ctx) {
      const intent = mustGet<Stripe.SetupIntent>(ctx, "setup_intents", ctx.args[0] ?? "", "setup_intent");
      const params = parseParams(ctx.input, {
        payment_method: "string",
        payment_method_data: { object: paymentMethodDataShape },
        return_url: "string",
        client_secret: "string",
        use_stripe_sdk: "boolean",
        mandate_data: "any",
      });
      checkClientSecret(ctx, intent, params.client_secret);
      const methodId = params.payment_method_data
        ? createPaymentMethod(ctx, params.payment_method_data, "payment_method_data").id
        : params.payment_method;
      return confirmSetupIntent(ctx, intent, methodId, params.return_url);
    },
  },
  {
    method: "POST",
    path: "/v1/setup_intents/:id/cancel",
    handler(ctx) {
      const before = mustGet<Stripe.SetupIntent>(ctx, "setup_intents", ctx.args[0] ?? "", "setup_intent");
      const params = parseParams(ctx.input, { cancellation_reason: { enum: ["abandoned", "duplicate", "requested_by_customer"] } });
      if (before.status === "succeeded" || before.status === "canceled")
        throw errors.badRequest(
          `You cannot cancel this SetupIntent because it has a status of ${before.status}.`,
          "setup_intent_unexpected_state",
        );
      const after: Stripe.SetupIntent = {
        ...before,
        status: "canceled",
        cancellation_reason: params.cancellation_reason ?? null,
        next_action: null,
      };
      return saveWithEvent(ctx, "setup_intents", before, after, "setup_intent.canceled");
    },
  },
  {
    method: "GET",
    path: "/v1/setup_intents",
    handler(ctx) {
      const params = parseParams(withoutPagination(ctx.input), { customer: "string", payment_method: "string", created: "any" });
      const store = ctx.emulator.store;
      const all = (
        params.customer
          ? store.allBy<Stripe.SetupIntent>(ctx.scope, "setup_intents", "customer", params.customer)
          : store.all<Stripe.SetupIntent>(ctx.scope, "setup_intents")
      ).filter((intent) => !params.payment_method || intent.payment_method === params.payment_method);
      return paginate(all, ctx.input, "/v1/setup_intents", "setup_intent");
    },
  },
];
