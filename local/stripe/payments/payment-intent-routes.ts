import type Stripe from "stripe";
import { emit, saveWithEvent } from "../events/events";
import type { Route } from "../http/context";
import { errors } from "../http/errors";
import { mergeMetadata, parseParams } from "../http/params";
import { customerNow, mustGet, save } from "../resources/lookup";
import { paginate, withoutPagination } from "../store/list";
import { customerId } from "./payment-flow";
import { checkClientSecret, confirmIntent, createIntent, parseConfirm } from "./payment-intents";
import { resolvePaymentMethod } from "./payment-methods";

/** The PaymentIntents API: create (optionally confirming), retrieve, update, confirm, capture, cancel, list. */
const createShape = {
  amount: "integer",
  currency: "string",
  customer: "string",
  payment_method: "string",
  confirm: "boolean",
  off_session: "boolean",
  capture_method: { enum: ["automatic", "automatic_async", "manual"] },
  payment_method_types: { array: "string" },
  automatic_payment_methods: { object: { enabled: "boolean", allow_redirects: { enum: ["always", "never"] } } },
  description: "string",
  metadata: "metadata",
  receipt_email: "string",
  setup_future_usage: { enum: ["off_session", "on_session"] },
  application_fee_amount: "integer",
  statement_descriptor: "string",
  return_url: "string",
  transfer_group: "string",
  error_on_requires_action: "boolean",
} as const;

export const paymentIntentRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/payment_intents",
    handler(ctx) {
      const params = parseParams(ctx.input, createShape, ["amount", "currency"]);
      const amount = params.amount ?? 0;
      if (amount < 50) throw errors.invalidParam("amount", "Amount must be at least 50 cents", "amount_too_small");
      if (params.application_fee_amount !== undefined && params.application_fee_amount !== null) {
        if (!ctx.account)
          throw errors.badRequest(
            "Can only apply an application_fee_amount when the PaymentIntent is attempting a direct payment (using an OAuth key or Stripe-Account header) or destination payment (using `transfer_data[destination]`).",
            "parameter_invalid",
            "application_fee_amount",
          );
        if (params.application_fee_amount < 0 || params.application_fee_amount > amount)
          throw errors.invalidParam(
            "application_fee_amount",
            "Application fee amount must be between 0 and the amount.",
            "parameter_invalid_integer",
          );
      }
      if (params.customer) mustGet(ctx, "customers", params.customer, "customer", "customer");
      const method = params.payment_method ? resolvePaymentMethod(ctx, params.payment_method, "payment_method") : null;
      const intent = createIntent(ctx, {
        amount,
        currency: (params.currency ?? "usd").toLowerCase(),
        customer: params.customer ?? null,
        description: params.description,
        metadata: mergeMetadata({}, params.metadata),
        applicationFeeAmount: params.application_fee_amount,
        setupFutureUsage: params.setup_future_usage,
        captureMethod: params.capture_method ?? "automatic_async",
        paymentMethod: method?.id ?? null,
      });
      if (params.receipt_email) save(ctx, "payment_intents", { ...intent, receipt_email: params.receipt_email });
      if (!params.confirm) return ctx.emulator.store.get(ctx.scope, "payment_intents", intent.id);
      return confirmIntent(ctx, mustGet(ctx, "payment_intents", intent.id, "payment_intent"), {
        payment_method: method?.id,
        off_session: params.off_session,
        return_url: params.return_url,
      });
    },
  },
  {
    method: "GET",
    path: "/v1/payment_intents/:id",
    publishable: true,
    handler(ctx) {
      const intent = mustGet<Stripe.PaymentIntent>(ctx, "payment_intents", ctx.args[0] ?? "", "payment_intent");
      const params = parseParams(ctx.input, { client_secret: "string" });
      checkClientSecret(ctx, intent, params.client_secret);
      return intent;
    },
  },
  {
    method: "POST",
    path: "/v1/payment_intents/:id",
    handler(ctx) {
      const before = mustGet<Stripe.PaymentIntent>(ctx, "payment_intents", ctx.args[0] ?? "", "payment_intent");
      const params = parseParams(ctx.input, {
        amount: "integer",
        description: "string",
        metadata: "metadata",
        payment_method: "string",
        receipt_email: "string",
        customer: "string",
        setup_future_usage: createShape.setup_future_usage,
      });
      const after: Stripe.PaymentIntent = structuredClone(before);
      if (params.amount !== undefined && params.amount !== null) after.amount = params.amount;
      if (params.description !== undefined) after.description = params.description;
      if (params.receipt_email !== undefined) after.receipt_email = params.receipt_email;
      if (params.customer) after.customer = mustGet<Stripe.Customer>(ctx, "customers", params.customer, "customer", "customer").id;
      if (params.payment_method) {
        after.payment_method = resolvePaymentMethod(ctx, params.payment_method, "payment_method").id;
        if (after.status === "requires_payment_method") after.status = "requires_confirmation";
      }
      if (params.setup_future_usage !== undefined) after.setup_future_usage = params.setup_future_usage;
      after.metadata = mergeMetadata(before.metadata, params.metadata);
      save(ctx, "payment_intents", after);
      return after;
    },
  },
  {
    method: "POST",
    path: "/v1/payment_intents/:id/confirm",
    publishable: true,
    handler(ctx) {
      const intent = mustGet<Stripe.PaymentIntent>(ctx, "payment_intents", ctx.args[0] ?? "", "payment_intent");
      const params = parseConfirm(ctx);
      checkClientSecret(ctx, intent, params.client_secret);
      return confirmIntent(ctx, intent, params);
    },
  },
  {
    method: "POST",
    path: "/v1/payment_intents/:id/capture",
    handler(ctx) {
      const before = mustGet<Stripe.PaymentIntent>(ctx, "payment_intents", ctx.args[0] ?? "", "payment_intent");
      const params = parseParams(ctx.input, { amount_to_capture: "integer", application_fee_amount: "integer", metadata: "metadata" });
      if (before.status !== "requires_capture")
        throw errors.badRequest(
          `This PaymentIntent could not be captured because it has a status of ${before.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`,
          "payment_intent_unexpected_state",
        );
      const amount = params.amount_to_capture ?? before.amount_capturable;
      if (amount > before.amount_capturable)
        throw errors.invalidParam("amount_to_capture", "The amount to capture is greater than the amount capturable.", "amount_too_large");
      const charge = mustGet<Stripe.Charge>(ctx, "charges", String(before.latest_charge), "charge");
      const captured: Stripe.Charge = {
        ...charge,
        captured: true,
        amount_captured: amount,
        amount_refunded: charge.amount - amount,
        application_fee_amount: params.application_fee_amount ?? charge.application_fee_amount,
      };
      save(ctx, "charges", captured);
      emit(ctx, "charge.captured", captured);
      const after: Stripe.PaymentIntent = {
        ...before,
        status: "succeeded",
        amount_received: amount,
        amount_capturable: 0,
        application_fee_amount: captured.application_fee_amount,
        metadata: mergeMetadata(before.metadata, params.metadata),
      };
      save(ctx, "payment_intents", after);
      emit(ctx, "payment_intent.succeeded", after);
      return after;
    },
  },
  {
    method: "POST",
    path: "/v1/payment_intents/:id/cancel",
    handler(ctx) {
      const before = mustGet<Stripe.PaymentIntent>(ctx, "payment_intents", ctx.args[0] ?? "", "payment_intent");
      const params = parseParams(ctx.input, {
        cancellation_reason: { enum: ["duplicate", "fraudulent", "requested_by_customer", "abandoned"] },
      });
      if (["succeeded", "canceled", "processing"].includes(before.status))
        throw errors.badRequest(
          `You cannot cancel this PaymentIntent because it has a status of ${before.status}. Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action, processing.`,
          "payment_intent_unexpected_state",
        );
      if (ctx.emulator.store.link(before.id, "invoice"))
        throw errors.badRequest(
          "You cannot cancel this PaymentIntent because it was created by an invoice. Void the invoice instead.",
          "payment_intent_unexpected_state",
        );
      const after: Stripe.PaymentIntent = {
        ...before,
        status: "canceled",
        canceled_at: customerNow(ctx, customerId(before)),
        cancellation_reason: params.cancellation_reason ?? null,
        next_action: null,
      };
      return saveWithEvent(ctx, "payment_intents", before, after, "payment_intent.canceled");
    },
  },
  {
    method: "GET",
    path: "/v1/payment_intents",
    handler(ctx) {
      const params = parseParams(withoutPagination(ctx.input), { customer: "string", created: "any" });
      const store = ctx.emulator.store;
      const all = params.customer
        ? store.allBy<Stripe.PaymentIntent>(ctx.scope, "payment_intents", "customer", params.customer)
        : store.all<Stripe.PaymentIntent>(ctx.scope, "payment_intents");
      return paginate(all, ctx.input, "/v1/payment_intents", "payment_intent");
    },
  },
];
