import type Stripe from "stripe";
import { emit } from "../events/events";
import type { RequestContext } from "../http/context";
import { errors } from "../http/errors";
import { mergeMetadata, parseParams } from "../http/params";
import { needsAuthentication } from "../payments/payment-flow";
import { cardError, testCardOf } from "../payments/payment-methods";
import { createSetupIntent } from "../payments/setup-intents";
import { customerNow, mustGet, save } from "../resources/lookup";
import { newId } from "../store/ids";
import { createDiscounts } from "./discounts";
import { pendingLines } from "./pending-items";
import { invoiceSubscription } from "./subscription-invoicing";
import { checkCurrency, newItem, periodEndAfter, periodLines, recurringPrice } from "./subscription-model";
import { subscriptionShape } from "./subscription-params";

/** Checks a payment method belongs to the customer (Stripe refuses foreign ones). */
export function ownMethod(ctx: RequestContext, id: string, customer: string, param: string): string {
  const method = mustGet<Stripe.PaymentMethod>(ctx, "payment_methods", id, "PaymentMethod", param);
  if (method.customer !== customer)
    throw errors.badRequest(
      `The customer does not have a payment method with the ID ${id}. The payment method must be attached to the customer.`,
      "resource_missing",
      param,
    );
  return id;
}

export function createSubscription(ctx: RequestContext): Stripe.Subscription {
  const params = parseParams(ctx.input, subscriptionShape, ["customer"]);
  const customer = mustGet<Stripe.Customer>(ctx, "customers", params.customer ?? "", "customer", "customer");
  const items = params.items ?? [];
  if (items.length === 0) throw errors.missingParam("items");
  const prices = items.map((item, index) => {
    if (!item.price) throw errors.missingParam(`items[${index}][price]`);
    return recurringPrice(ctx, item.price, `items[${index}][price]`);
  });
  const first = prices[0] as Stripe.Price;
  const currency = params.currency?.toLowerCase() ?? first.currency;
  for (const [index, price] of prices.entries()) {
    checkCurrency(price, currency, `items[${index}][price]`);
    if (price.recurring?.interval !== first.recurring?.interval || price.recurring?.interval_count !== first.recurring?.interval_count)
      throw errors.badRequest(
        "All prices on a subscription must have the same `recurring.interval` and `recurring.interval_count`.",
        "parameter_invalid",
        `items[${index}][price]`,
      );
  }
  for (const [index, item] of items.entries())
    if (item.quantity !== undefined && item.quantity !== null && item.quantity < 0)
      throw errors.invalidParam(`items[${index}][quantity]`, "Quantity must be non-negative.", "parameter_invalid_integer");
  if (params.application_fee_percent !== undefined && params.application_fee_percent !== null) {
    const percent = Number(params.application_fee_percent);
    if (!ctx.account)
      throw errors.badRequest(
        "application_fee_percent can only be set on subscriptions of connected accounts (Stripe-Account header).",
        "parameter_invalid",
        "application_fee_percent",
      );
    if (!Number.isFinite(percent) || percent < 0 || percent > 100)
      throw errors.invalidParam("application_fee_percent", "application_fee_percent must be between 0 and 100.", "parameter_invalid");
  }
  const defaultMethod = params.default_payment_method
    ? ownMethod(ctx, params.default_payment_method, customer.id, "default_payment_method")
    : null;
  const at = customerNow(ctx, customer.id);
  const trialEnd =
    params.trial_end === "now" ? null : (params.trial_end ?? (params.trial_period_days ? at + params.trial_period_days * 86_400 : null));
  if (trialEnd !== null && trialEnd <= at)
    throw errors.invalidParam("trial_end", "Invalid timestamp: must be an integer Unix timestamp in the future.", "parameter_invalid");
  const behavior = params.payment_behavior ?? "allow_incomplete";
  const method = defaultMethod ?? (customer.invoice_settings.default_payment_method as string | null);
  if (behavior === "error_if_incomplete" && !trialEnd && method) {
    // Stripe creates nothing when the first payment of an error_if_incomplete subscription fails.
    const card = testCardOf(ctx, method);
    if (card?.declineOnCharge) throw cardError(card.declineOnCharge);
    if (needsAuthentication(ctx, method, false))
      throw errors.badRequest(
        "Payment for this subscription requires additional user action before it can be completed successfully.",
        "subscription_payment_intent_requires_action",
      );
  }

  const id = newId("sub", 24);
  const anchor = trialEnd ?? at;
  const skeleton = { billing_cycle_anchor: anchor } as Stripe.Subscription;
  const period = { start: at, end: trialEnd ?? periodEndAfter(skeleton, first, at) };
  const subscription: Stripe.Subscription = {
    id,
    object: "subscription",
    application: null,
    application_fee_percent: params.application_fee_percent ? Number(params.application_fee_percent) : null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: anchor,
    billing_cycle_anchor_config: null,
    billing_mode: { flexible: null, type: "classic" },
    billing_schedules: [],
    billing_thresholds: null,
    cancel_at: params.cancel_at_period_end ? period.end : (params.cancel_at ?? null),
    cancel_at_period_end: params.cancel_at_period_end ?? false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null },
    collection_method: params.collection_method ?? "charge_automatically",
    created: at,
    currency,
    customer: customer.id,
    customer_account: null,
    days_until_due: params.days_until_due ?? null,
    default_payment_method: defaultMethod,
    default_source: null,
    default_tax_rates: [],
    description: params.description ?? null,
    discounts: [],
    ended_at: null,
    invoice_settings: { account_tax_ids: null, custom_fields: null, description: null, footer: null, issuer: { type: "self" } },
    items: { object: "list", data: [], has_more: false, url: `/v1/subscription_items?subscription=${id}` },
    latest_invoice: null,
    livemode: ctx.livemode,
    managed_payments: null,
    metadata: mergeMetadata({}, params.metadata),
    next_pending_invoice_item_invoice: null,
    on_behalf_of: null,
    pause_collection: null,
    payment_settings: {
      payment_method_options: null,
      payment_method_types: null,
      save_default_payment_method: params.payment_settings?.save_default_payment_method ?? "off",
    },
    pending_invoice_item_interval: null,
    pending_setup_intent: null,
    pending_update: null,
    schedule: null,
    start_date: at,
    status: trialEnd ? "trialing" : "incomplete",
    test_clock: typeof customer.test_clock === "string" ? customer.test_clock : null,
    transfer_data: null,
    trial_end: trialEnd,
    trial_settings: {
      end_behavior: {
        billing_cycle_anchor: null,
        missing_payment_method: params.trial_settings?.end_behavior?.missing_payment_method ?? "create_invoice",
      },
    },
    trial_start: trialEnd ? at : null,
  };
  subscription.items.data = items.map((item, index) =>
    newItem(id, prices[index] as Stripe.Price, item.quantity ?? 1, mergeMetadata({}, item.metadata), period, at),
  );
  subscription.discounts = createDiscounts(ctx, params.discounts, { customer: customer.id, subscription: id }, at);
  ctx.emulator.store.setLink(id, "creating", "true");
  save(ctx, "subscriptions", subscription);
  try {
    const lines = [
      ...pendingLines(ctx, customer.id, id),
      ...periodLines(ctx, subscription, subscription.items.data, period, Boolean(trialEnd)),
    ];
    const pay = behavior === "default_incomplete" || trialEnd ? "no" : params.off_session ? "off_session" : "on_session";
    invoiceSubscription(ctx, subscription, { lines, reason: "subscription_create", at, finalizeNow: true, pay });
    const current = mustGet<Stripe.Subscription>(ctx, "subscriptions", id, "subscription");
    if (trialEnd && behavior === "default_incomplete" && !current.default_payment_method) {
      const setup = createSetupIntent(ctx, { customer: customer.id, usage: "off_session" });
      ctx.emulator.store.setLink(setup.id, "subscription", id);
      save(ctx, "subscriptions", { ...current, pending_setup_intent: setup.id });
    }
  } finally {
    ctx.emulator.store.setLink(id, "creating", "false");
  }
  const created = mustGet<Stripe.Subscription>(ctx, "subscriptions", id, "subscription");
  emit(ctx, "customer.subscription.created", created);
  return created;
}
