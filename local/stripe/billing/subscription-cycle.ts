import type Stripe from "stripe";
import { emit, saveWithEvent } from "../events/events";
import type { ScopeContext } from "../http/context";
import { setupListeners } from "../payments/setup-intents";
import { customerNow, mustGet, save } from "../resources/lookup";
import { invoiceListeners, markUncollectible, subscriptionOf, voidInvoice } from "./invoice-lifecycle";
import { pendingLines } from "./pending-items";
import { awaitedBy, PENDING_PAYMENT_LINK, withPendingApplied } from "./pending-updates";
import { invoiceSubscription } from "./subscription-invoicing";
import { periodEndAfter, periodLines } from "./subscription-model";

/** Incomplete subscriptions whose first invoice stays unpaid expire after 23 hours, as at Stripe. */
export const INCOMPLETE_EXPIRY_SECONDS = 23 * 3600;
/** `customer.subscription.trial_will_end` fires three days before a trial ends. */
export const TRIAL_WILL_END_SECONDS = 3 * 86_400;

/** While a subscription is being created its intermediate states are not announced (one `created` event). */
export function isCreating(ctx: ScopeContext, id: string) {
  return ctx.emulator.store.link(id, "creating") === "true";
}

export function saveSubscription(ctx: ScopeContext, before: Stripe.Subscription, after: Stripe.Subscription): Stripe.Subscription {
  if (isCreating(ctx, after.id)) return save(ctx, "subscriptions", after);
  return saveWithEvent(ctx, "subscriptions", before, after, "customer.subscription.updated");
}

export function withPeriod(subscription: Stripe.Subscription, start: number, end: number): Stripe.Subscription {
  return {
    ...subscription,
    items: {
      ...subscription.items,
      data: subscription.items.data.map((item) => ({ ...item, current_period_start: start, current_period_end: end })),
    },
  };
}

export const periodOf = (subscription: Stripe.Subscription) => ({
  start: subscription.items.data[0]?.current_period_start ?? subscription.start_date,
  end: subscription.items.data[0]?.current_period_end ?? subscription.start_date,
});

export function cancelSubscription(
  ctx: ScopeContext,
  subscription: Stripe.Subscription,
  at: number,
  reason: Stripe.Subscription.CancellationDetails.Reason,
): Stripe.Subscription {
  const after: Stripe.Subscription = {
    ...subscription,
    status: "canceled",
    canceled_at: subscription.canceled_at ?? at,
    ended_at: at,
    cancel_at_period_end: false,
    cancellation_details: { ...(subscription.cancellation_details ?? { comment: null, feedback: null, feedback_option: null }), reason },
  };
  save(ctx, "subscriptions", after);
  emit(ctx, "customer.subscription.deleted", after);
  return after;
}

/** Runs at each period end before the subscription rolls over (subscription schedules change phases here). */
export const renewalHooks: Array<(ctx: ScopeContext, subscription: Stripe.Subscription, at: number) => Stripe.Subscription> = [];

/** Period end: cancel if asked, else roll to the next period and invoice it (finalized an hour later). */
export function renew(ctx: ScopeContext, current: Stripe.Subscription, at: number): Stripe.Subscription {
  let subscription = current;
  for (const hook of renewalHooks) subscription = hook(ctx, subscription, at);
  if (subscription.status === "canceled") return subscription;
  if (subscription.cancel_at_period_end || (subscription.cancel_at !== null && subscription.cancel_at <= at))
    return cancelSubscription(ctx, subscription, at, "cancellation_requested");
  const firstPrice = subscription.items.data[0]?.price;
  if (!firstPrice) return subscription;
  const end = periodEndAfter(subscription, firstPrice, at);
  const rolled = withPeriod(subscription, at, end);
  saveSubscription(ctx, subscription, rolled);
  const lines = [
    ...pendingLines(ctx, String(subscription.customer), subscription.id),
    ...periodLines(ctx, rolled, rolled.items.data, { start: at, end }, false),
  ];
  const pause = subscription.pause_collection;
  const invoice = invoiceSubscription(ctx, rolled, {
    lines,
    reason: "subscription_cycle",
    at,
    finalizeNow: pause?.behavior === "void" || pause?.behavior === "mark_uncollectible",
    pay: "no",
  });
  if (pause?.behavior === "void" && invoice.status === "open") voidInvoice(ctx, invoice, at);
  else if (pause?.behavior === "mark_uncollectible" && invoice.status === "open") markUncollectible(ctx, invoice, at);
  else if (pause?.behavior === "keep_as_draft")
    save(ctx, "invoices", { ...invoice, auto_advance: false, automatically_finalizes_at: null });
  return mustGet(ctx, "subscriptions", subscription.id, "subscription");
}

/** Trial end: without a payment method, follow `trial_settings.end_behavior.missing_payment_method`. */
export function endTrial(ctx: ScopeContext, subscription: Stripe.Subscription, at: number, immediate = false): Stripe.Subscription {
  const customer = mustGet<Stripe.Customer>(ctx, "customers", String(subscription.customer), "customer");
  const hasMethod = Boolean(subscription.default_payment_method || customer.invoice_settings.default_payment_method);
  const behavior = subscription.trial_settings?.end_behavior.missing_payment_method ?? "create_invoice";
  if (!hasMethod && behavior === "cancel") return cancelSubscription(ctx, subscription, at, "cancellation_requested");
  if (!hasMethod && behavior === "pause") {
    const paused: Stripe.Subscription = { ...subscription, status: "paused", trial_end: at };
    saveSubscription(ctx, subscription, paused);
    emit(ctx, "customer.subscription.paused", paused);
    return paused;
  }
  const firstPrice = subscription.items.data[0]?.price;
  if (!firstPrice) return subscription;
  const active: Stripe.Subscription = { ...subscription, status: "active", billing_cycle_anchor: at, trial_end: at };
  const end = periodEndAfter(active, firstPrice, at);
  const rolled = withPeriod(active, at, end);
  saveSubscription(ctx, subscription, rolled);
  const lines = [
    ...pendingLines(ctx, String(subscription.customer), subscription.id),
    ...periodLines(ctx, rolled, rolled.items.data, { start: at, end }, false),
  ];
  invoiceSubscription(ctx, rolled, {
    lines,
    reason: immediate ? "subscription_update" : "subscription_cycle",
    at,
    finalizeNow: immediate,
    pay: immediate ? "off_session" : "no",
  });
  return mustGet(ctx, "subscriptions", subscription.id, "subscription");
}

/** `subscriptions.resume` of a paused subscription: a new period from now, invoiced and charged at once. */
export function resumeSubscription(ctx: ScopeContext, subscription: Stripe.Subscription, at: number): Stripe.Subscription {
  const firstPrice = subscription.items.data[0]?.price;
  if (!firstPrice) return subscription;
  const active: Stripe.Subscription = { ...subscription, status: "active", billing_cycle_anchor: at, pause_collection: null };
  const end = periodEndAfter(active, firstPrice, at);
  const rolled = withPeriod(active, at, end);
  saveSubscription(ctx, subscription, rolled);
  emit(ctx, "customer.subscription.resumed", rolled);
  const lines = [
    ...pendingLines(ctx, String(subscription.customer), subscription.id),
    ...periodLines(ctx, rolled, rolled.items.data, { start: at, end }, false),
  ];
  invoiceSubscription(ctx, rolled, { lines, reason: "subscription_cycle", at, finalizeNow: true, pay: "off_session" });
  return mustGet(ctx, "subscriptions", subscription.id, "subscription");
}

export function expireIncomplete(ctx: ScopeContext, subscription: Stripe.Subscription, at: number): Stripe.Subscription {
  const invoice = subscription.latest_invoice
    ? ctx.emulator.store.get<Stripe.Invoice>(ctx.scope, "invoices", String(subscription.latest_invoice))
    : undefined;
  if (invoice?.status === "open") voidInvoice(ctx, invoice, at);
  const expired: Stripe.Subscription = { ...subscription, status: "incomplete_expired", ended_at: at };
  save(ctx, "subscriptions", expired);
  emit(ctx, "customer.subscription.deleted", expired);
  return expired;
}

invoiceListeners.paid.push((ctx, invoice, intent) => {
  const id = subscriptionOf(invoice);
  const subscription = id ? ctx.emulator.store.get<Stripe.Subscription>(ctx.scope, "subscriptions", id) : undefined;
  if (!subscription) return;
  const after: Stripe.Subscription = structuredClone(subscription);
  if (["incomplete", "past_due", "unpaid"].includes(subscription.status)) after.status = "active";
  if (intent && subscription.payment_settings?.save_default_payment_method === "on_subscription" && !subscription.default_payment_method)
    after.default_payment_method = intent.payment_method as string | null;
  const pending = awaitedBy(subscription, invoice) ? subscription.pending_update : null;
  saveSubscription(ctx, subscription, pending ? withPendingApplied(after, pending) : after);
  if (pending) emit(ctx, "customer.subscription.pending_update_applied", mustGet(ctx, "subscriptions", subscription.id, "subscription"));
});

/** A voided invoice that a pending update waited on discards that update. */
invoiceListeners.voided.push((ctx, invoice) => {
  const id = subscriptionOf(invoice);
  const subscription = id ? ctx.emulator.store.get<Stripe.Subscription>(ctx.scope, "subscriptions", id) : undefined;
  if (subscription && awaitedBy(subscription, invoice)) saveSubscription(ctx, subscription, { ...subscription, pending_update: null });
});

/** Expiry of a pending update: its invoice is voided (which discards it) and Stripe says so. */
export function expirePendingUpdate(ctx: ScopeContext, subscription: Stripe.Subscription, at: number): void {
  const invoice = ctx.emulator.store.get<Stripe.Invoice>(ctx.scope, "invoices", String(subscription.latest_invoice));
  if (invoice?.status === "open") voidInvoice(ctx, invoice, at);
  const current = mustGet<Stripe.Subscription>(ctx, "subscriptions", subscription.id, "subscription");
  const discarded = current.pending_update ? saveSubscription(ctx, current, { ...current, pending_update: null }) : current;
  emit(ctx, "customer.subscription.pending_update_expired", discarded);
}

invoiceListeners.failed.push((ctx, invoice, exhausted) => {
  const id = subscriptionOf(invoice);
  const subscription = id ? ctx.emulator.store.get<Stripe.Subscription>(ctx.scope, "subscriptions", id) : undefined;
  if (!subscription || invoice.billing_reason === "subscription_create") return;
  // The invoice of a pending update: a decline leaves the update pending, not the subscription behind.
  if (awaitedBy(subscription, invoice) || ctx.emulator.store.link(subscription.id, PENDING_PAYMENT_LINK) === "true") return;
  let after: Stripe.Subscription = subscription;
  if (subscription.status === "active") after = { ...subscription, status: "past_due" };
  if (exhausted) {
    const rule = ctx.emulator.store.setting("subscription_after_failed_retries") ?? "cancel";
    if (rule === "cancel") {
      saveSubscription(ctx, subscription, after);
      cancelSubscription(ctx, after, customerNow(ctx, String(invoice.customer)), "payment_failed");
      return;
    }
    if (rule === "unpaid") after = { ...after, status: "unpaid" };
  }
  saveSubscription(ctx, subscription, after);
});

setupListeners.succeeded.push((ctx, intent) => {
  const id = ctx.emulator.store.link(intent.id, "subscription");
  const subscription = id ? ctx.emulator.store.get<Stripe.Subscription>(ctx.scope, "subscriptions", id) : undefined;
  if (!subscription) return;
  saveSubscription(ctx, subscription, {
    ...subscription,
    default_payment_method: intent.payment_method as string | null,
    pending_setup_intent: null,
  });
});
