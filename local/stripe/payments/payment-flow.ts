import type Stripe from "stripe";
import { emit } from "../events/events";
import type { ScopeContext } from "../http/context";
import { customerNow, save } from "../resources/lookup";
import { recordCharge } from "./charges";
import { attach, testCardOf } from "./payment-methods";
import { DECLINES, type Decline } from "./test-cards";

/** Billing listens here to settle invoices when their PaymentIntent changes (no import cycle). */
export const paymentListeners: {
  succeeded: Array<(ctx: ScopeContext, intent: Stripe.PaymentIntent) => void>;
  failed: Array<(ctx: ScopeContext, intent: Stripe.PaymentIntent) => void>;
  actionRequired: Array<(ctx: ScopeContext, intent: Stripe.PaymentIntent) => void>;
} = { succeeded: [], failed: [], actionRequired: [] };

export type AttemptResult = { outcome: "succeeded" | "requires_action" | "requires_capture" } | { outcome: "declined"; decline: Decline };

/** The local 3-D Secure challenge page for an intent (a person or a test completes or fails it). */
export const challengeUrl = (ctx: ScopeContext, intentId: string, clientSecret: string | null) =>
  `${ctx.emulator.baseUrl}/_emulator/3ds/${intentId}?client_secret=${encodeURIComponent(clientSecret ?? "")}`;

/** Whether this card needs a 3-D Secure challenge for this payment. */
export function needsAuthentication(ctx: ScopeContext, methodId: string, offSession: boolean): boolean {
  const card = testCardOf(ctx, methodId);
  if (card?.authentication === "always") return true;
  if (card?.authentication === "setup") return !offSession && ctx.emulator.store.link(methodId, "authenticated") !== "true";
  return false;
}

function succeed(ctx: ScopeContext, intent: Stripe.PaymentIntent, method: Stripe.PaymentMethod): Stripe.PaymentIntent {
  const manual = intent.capture_method === "manual";
  const charge = recordCharge(ctx, intent, method, { captured: !manual, created: customerNow(ctx, customerId(intent)) });
  const next: Stripe.PaymentIntent = {
    ...intent,
    status: manual ? "requires_capture" : "succeeded",
    amount_capturable: manual ? intent.amount : 0,
    amount_received: manual ? 0 : intent.amount,
    latest_charge: charge.id,
    last_payment_error: null,
    next_action: null,
  };
  if (intent.setup_future_usage && next.customer && method.customer !== customerId(next)) attach(ctx, method, customerId(next) ?? "");
  if (intent.setup_future_usage) ctx.emulator.store.setLink(method.id, "authenticated", "true");
  save(ctx, "payment_intents", next);
  if (manual) emit(ctx, "payment_intent.amount_capturable_updated", next);
  else {
    emit(ctx, "payment_intent.succeeded", next);
    for (const listener of paymentListeners.succeeded) listener(ctx, next);
  }
  return next;
}

export function fail(
  ctx: ScopeContext,
  intent: Stripe.PaymentIntent,
  method: Stripe.PaymentMethod | null,
  decline: Decline,
  status: Stripe.PaymentIntent.Status = "requires_payment_method",
): Stripe.PaymentIntent {
  const charge = method
    ? recordCharge(ctx, intent, method, { decline, captured: false, created: customerNow(ctx, customerId(intent)) })
    : null;
  const next: Stripe.PaymentIntent = {
    ...intent,
    status,
    latest_charge: charge?.id ?? intent.latest_charge,
    next_action: status === "requires_action" ? intent.next_action : null,
    last_payment_error: {
      type: decline.code === "payment_intent_authentication_failure" ? "invalid_request_error" : "card_error",
      code: decline.code,
      ...(decline.decline_code ? { decline_code: decline.decline_code } : {}),
      message: decline.message,
      ...(charge ? { charge: charge.id } : {}),
      ...(method ? { payment_method: method } : {}),
      doc_url: `https://stripe.com/docs/error-codes/${decline.code.replace(/_/g, "-")}`,
    },
  };
  save(ctx, "payment_intents", next);
  emit(ctx, "payment_intent.payment_failed", next);
  for (const listener of paymentListeners.failed) listener(ctx, next);
  return next;
}

export function customerId(intent: Stripe.PaymentIntent): string | null {
  return typeof intent.customer === "string" ? intent.customer : (intent.customer?.id ?? null);
}

/**
 * Runs one payment attempt of a confirmed PaymentIntent with `method`. On-session cards that need 3-D
 * Secure stop in `requires_action` with a challenge; off-session ones fail with `authentication_required`
 * (or, for invoice payments, wait in `requires_action` so the customer can authenticate on the invoice page).
 */
export function attemptPayment(
  ctx: ScopeContext,
  intent: Stripe.PaymentIntent,
  method: Stripe.PaymentMethod,
  options: { offSession: boolean; offSessionAuthWaits?: boolean },
): Stripe.PaymentIntent {
  const base: Stripe.PaymentIntent = { ...intent, payment_method: method.id, last_payment_error: null };
  const card = testCardOf(ctx, method.id);
  if (needsAuthentication(ctx, method.id, options.offSession)) {
    const action: Stripe.PaymentIntent = {
      ...base,
      status: "requires_action",
      next_action: {
        type: "redirect_to_url",
        redirect_to_url: {
          return_url: ctx.emulator.store.link(intent.id, "return_url") ?? null,
          url: challengeUrl(ctx, intent.id, intent.client_secret),
        },
      },
    };
    if (options.offSession && !options.offSessionAuthWaits) return fail(ctx, base, method, DECLINES.authenticationRequired);
    if (options.offSession) {
      const waiting = fail(ctx, action, method, DECLINES.authenticationRequired, "requires_action");
      for (const listener of paymentListeners.actionRequired) listener(ctx, waiting);
      return waiting;
    }
    save(ctx, "payment_intents", action);
    emit(ctx, "payment_intent.requires_action", action);
    for (const listener of paymentListeners.actionRequired) listener(ctx, action);
    return action;
  }
  if (card?.declineOnCharge) return fail(ctx, base, method, card.declineOnCharge);
  return succeed(ctx, base, method);
}

/** The outcome of the 3-D Secure challenge: pay, or fail with `payment_intent_authentication_failure`. */
export function completeAuthentication(
  ctx: ScopeContext,
  intent: Stripe.PaymentIntent,
  method: Stripe.PaymentMethod,
  passed: boolean,
): Stripe.PaymentIntent {
  if (!passed)
    return fail(ctx, intent, null, {
      code: "payment_intent_authentication_failure",
      message: "We are unable to authenticate your payment method. Please choose a different payment method and try again.",
    });
  ctx.emulator.store.setLink(method.id, "authenticated", "true");
  const card = testCardOf(ctx, method.id);
  if (card?.declineOnCharge) return fail(ctx, intent, method, card.declineOnCharge);
  return succeed(ctx, intent, method);
}
