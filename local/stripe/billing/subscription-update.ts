import type Stripe from "stripe";
import type { ScopeContext } from "../http/context";
import { errors } from "../http/errors";
import { mergeMetadata, type Parsed } from "../http/params";
import { mustGet } from "../resources/lookup";
import { createDiscounts } from "./discounts";
import type { LineDraft } from "./invoice-builder";
import { pendingLines, saveAsInvoiceItems } from "./pending-items";
import { PENDING_PAYMENT_LINK, pendingUpdateOf, withPendingApplied } from "./pending-updates";
import { periodOf, saveSubscription, withPeriod } from "./subscription-cycle";
import { invoiceSubscription } from "./subscription-invoicing";
import { checkCurrency, customerIdOf, newItem, periodEndAfter, periodLines, prorationLines, recurringPrice } from "./subscription-model";
import type { updateShape } from "./subscription-params";

export type UpdateParams = Parsed<typeof updateShape>;

export interface UpdatePlan {
  after: Stripe.Subscription;
  /** Proration lines not yet saved as invoice items. */
  prorations: LineDraft[];
  /** Lines for a new period when the billing cycle restarts (interval change, `billing_cycle_anchor=now`). */
  newPeriodLines: LineDraft[];
  invoiceNow: boolean;
  at: number;
}

function applyItems(
  ctx: ScopeContext,
  subscription: Stripe.Subscription,
  changes: NonNullable<UpdateParams["items"]>,
  at: number,
): Stripe.SubscriptionItem[] {
  let items = subscription.items.data.map((item) => structuredClone(item));
  const period = periodOf(subscription);
  changes.forEach((change, index) => {
    const param = `items[${index}]`;
    if (change.id) {
      const existing = items.find((item) => item.id === change.id);
      if (!existing) throw errors.notFound("subscription item", change.id, `${param}[id]`);
      if (change.deleted) {
        items = items.filter((item) => item.id !== change.id);
        return;
      }
      if (change.price) {
        const price = recurringPrice(ctx, change.price, `${param}[price]`);
        existing.price = price;
        existing.plan = newItem(subscription.id, price, 1, {}, period, at).plan;
      }
      if (change.quantity !== undefined && change.quantity !== null) existing.quantity = change.quantity;
      if (change.metadata !== undefined) existing.metadata = mergeMetadata(existing.metadata, change.metadata);
      return;
    }
    if (!change.price) throw errors.missingParam(`${param}[price]`);
    const price = recurringPrice(ctx, change.price, `${param}[price]`);
    if (items.some((item) => item.price.id === price.id))
      throw errors.badRequest("Cannot add multiple subscription items with the same price.", "parameter_invalid", `${param}[price]`);
    items.push(newItem(subscription.id, price, change.quantity ?? 1, mergeMetadata({}, change.metadata), period, at));
  });
  if (items.length === 0) throw errors.badRequest("A subscription must have at least one active plan.", "parameter_invalid", "items");
  for (const [index, item] of items.entries()) checkCurrency(item.price, subscription.currency, `items[${index}][price]`);
  return items;
}

const sameInterval = (a: Stripe.Price, b: Stripe.Price) =>
  a.recurring?.interval === b.recurring?.interval && a.recurring?.interval_count === b.recurring?.interval_count;

/** Works out what an update does, without saving anything; both the update and its preview use it. */
export function planUpdate(ctx: ScopeContext, before: Stripe.Subscription, params: UpdateParams, at: number): UpdatePlan {
  if (before.status === "canceled" || before.status === "incomplete_expired")
    throw errors.badRequest(
      `A canceled subscription can only update its cancellation_details and metadata.`,
      "invalid_canceled_subscription_fields",
    );
  const after: Stripe.Subscription = structuredClone(before);
  const period = periodOf(before);
  const items = params.items ? applyItems(ctx, before, params.items, at) : after.items.data;
  after.items = { ...after.items, data: items };
  const behavior = params.proration_behavior ?? "create_prorations";
  const prorationDate = params.proration_date ?? at;
  if (prorationDate < period.start || prorationDate > period.end)
    throw errors.invalidParam("proration_date", "proration_date must be within the current period.", "parameter_invalid");
  const billing = ["active", "past_due", "unpaid"].includes(before.status);
  const oldFirst = before.items.data[0]?.price;
  const newFirst = items[0]?.price;
  const reset = billing && ((oldFirst && newFirst && !sameInterval(oldFirst, newFirst)) || params.billing_cycle_anchor === "now");
  let prorations: LineDraft[] = [];
  let newPeriodLines: LineDraft[] = [];
  const simple = (list: Stripe.SubscriptionItem[]) =>
    list.map((item) => ({ id: item.id, price: item.price, quantity: item.quantity ?? 1 }));
  if (reset && newFirst) {
    after.billing_cycle_anchor = at;
    const end = periodEndAfter(after, newFirst, at);
    Object.assign(after, withPeriod(after, at, end));
    if (behavior !== "none") prorations = prorationLines(ctx, before, simple(before.items.data), [], period, at);
    newPeriodLines = periodLines(ctx, after, after.items.data, { start: at, end }, false);
  } else if (billing && behavior !== "none") {
    prorations = prorationLines(ctx, before, simple(before.items.data), simple(items), period, prorationDate);
  }
  if (params.cancel_at_period_end !== undefined && params.cancel_at_period_end !== null) {
    after.cancel_at_period_end = params.cancel_at_period_end;
    after.cancel_at = params.cancel_at_period_end ? periodOf(after).end : null;
    after.canceled_at = params.cancel_at_period_end ? at : null;
  }
  if (params.cancel_at !== undefined) after.cancel_at = params.cancel_at;
  if (params.cancellation_details)
    after.cancellation_details = {
      comment: params.cancellation_details.comment || null,
      feedback: (params.cancellation_details.feedback || null) as Stripe.Subscription.CancellationDetails.Feedback | null,
      feedback_option: null,
      reason: after.cancellation_details?.reason ?? null,
    };
  if (params.pause_collection !== undefined) {
    if (params.pause_collection && !params.pause_collection.behavior) throw errors.missingParam("pause_collection[behavior]");
    after.pause_collection = params.pause_collection?.behavior
      ? { behavior: params.pause_collection.behavior, resumes_at: params.pause_collection.resumes_at ?? null }
      : null;
  }
  if (params.default_payment_method !== undefined) {
    const id = params.default_payment_method;
    if (id) {
      const method = mustGet<Stripe.PaymentMethod>(ctx, "payment_methods", id, "PaymentMethod", "default_payment_method");
      if (method.customer !== customerIdOf(before))
        throw errors.badRequest(
          `The customer does not have a payment method with the ID ${id}. The payment method must be attached to the customer.`,
          "resource_missing",
          "default_payment_method",
        );
    }
    after.default_payment_method = id;
  }
  if (params.metadata !== undefined) after.metadata = mergeMetadata(before.metadata, params.metadata);
  if (params.description !== undefined) after.description = params.description;
  if (params.collection_method) after.collection_method = params.collection_method;
  if (params.days_until_due !== undefined) after.days_until_due = params.days_until_due;
  if (params.application_fee_percent !== undefined) {
    if (!ctx.account && params.application_fee_percent !== null)
      throw errors.badRequest(
        "application_fee_percent can only be set on subscriptions of connected accounts.",
        "parameter_invalid",
        "application_fee_percent",
      );
    after.application_fee_percent = params.application_fee_percent === null ? null : Number(params.application_fee_percent);
  }
  if (params.payment_settings?.save_default_payment_method && after.payment_settings)
    after.payment_settings.save_default_payment_method = params.payment_settings.save_default_payment_method;
  if (params.trial_settings?.end_behavior?.missing_payment_method && after.trial_settings)
    after.trial_settings.end_behavior.missing_payment_method = params.trial_settings.end_behavior.missing_payment_method;
  if (typeof params.trial_end === "number") {
    if (params.trial_end <= at) throw errors.invalidParam("trial_end", "Invalid timestamp: must be in the future.", "parameter_invalid");
    after.trial_end = params.trial_end;
  }
  return { after, prorations, newPeriodLines, invoiceNow: reset || (behavior === "always_invoice" && prorations.length > 0), at };
}

export function applyUpdate(ctx: ScopeContext, before: Stripe.Subscription, params: UpdateParams, at: number): Stripe.Subscription {
  const plan = planUpdate(ctx, before, params, at);
  if (params.discounts !== undefined)
    plan.after.discounts = createDiscounts(ctx, params.discounts, { customer: customerIdOf(before), subscription: before.id }, at);
  const testClock = typeof before.test_clock === "string" ? before.test_clock : null;
  if (params.payment_behavior === "pending_if_incomplete" && plan.invoiceNow) {
    saveAsInvoiceItems(ctx, customerIdOf(before), plan.prorations, at, testClock);
    return updateIfPaid(ctx, before, plan, params);
  }
  saveSubscription(ctx, before, plan.after);
  saveAsInvoiceItems(ctx, customerIdOf(before), plan.prorations, at, testClock);
  if (plan.invoiceNow) {
    const lines = [...pendingLines(ctx, customerIdOf(before), before.id), ...plan.newPeriodLines];
    // default_incomplete: the invoice is finalized but not paid, and the subscription is past_due
    // until that invoice is paid explicitly (Stripe's documented payment_behavior on update).
    const awaitPayment = params.payment_behavior === "default_incomplete";
    const invoice = invoiceSubscription(ctx, plan.after, {
      lines,
      reason: "subscription_update",
      at,
      finalizeNow: true,
      pay: awaitPayment ? "no" : "off_session",
      prorationDate: params.proration_date ?? undefined,
    });
    const current = mustGet<Stripe.Subscription>(ctx, "subscriptions", before.id, "subscription");
    if (awaitPayment && invoice.status === "open" && invoice.amount_due > 0 && current.status === "active")
      saveSubscription(ctx, current, { ...current, status: "past_due" });
  }
  return mustGet(ctx, "subscriptions", before.id, "subscription");
}

/**
 * pending_if_incomplete: the update's invoice is made (with the new items) and paid at once; only a
 * paid invoice applies the update. Otherwise the subscription keeps its items and status, and holds
 * the changes in `pending_update` until that invoice is paid (see the invoice listeners).
 */
function updateIfPaid(ctx: ScopeContext, before: Stripe.Subscription, plan: UpdatePlan, params: UpdateParams): Stripe.Subscription {
  const lines = [...pendingLines(ctx, customerIdOf(before), before.id), ...plan.newPeriodLines];
  ctx.emulator.store.setLink(before.id, PENDING_PAYMENT_LINK, "true");
  let invoice: Stripe.Invoice;
  try {
    invoice = invoiceSubscription(ctx, plan.after, {
      lines,
      reason: "subscription_update",
      at: plan.at,
      finalizeNow: true,
      pay: "off_session",
      prorationDate: params.proration_date ?? undefined,
    });
  } finally {
    ctx.emulator.store.setLink(before.id, PENDING_PAYMENT_LINK, "");
  }
  const current = mustGet<Stripe.Subscription>(ctx, "subscriptions", before.id, "subscription");
  const pending = pendingUpdateOf(before, plan.after, plan.at, periodOf(before).end);
  const after = invoice.status === "paid" ? withPendingApplied(current, pending) : { ...current, pending_update: pending };
  return saveSubscription(ctx, current, after);
}

/** `invoices.createPreview` for a subscription (with optional changes): the invoice the change makes now, or the next renewal. */
export function previewSubscriptionInvoice(
  ctx: ScopeContext,
  subscription: Stripe.Subscription,
  params: UpdateParams,
  at: number,
): Stripe.Invoice {
  const plan = planUpdate(ctx, subscription, params, at);
  const pending = pendingLines(ctx, customerIdOf(subscription), subscription.id);
  if (plan.invoiceNow)
    return invoiceSubscription(ctx, plan.after, {
      lines: [...pending, ...plan.prorations, ...plan.newPeriodLines],
      reason: "subscription_update",
      at,
      finalizeNow: false,
      pay: "no",
      preview: true,
      prorationDate: params.proration_date ?? undefined,
    });
  if (plan.after.cancel_at_period_end || plan.after.status === "canceled")
    throw errors.badRequest("No upcoming invoices for customer: the subscription is set to cancel.", "invoice_upcoming_none");
  const current = periodOf(plan.after);
  const firstPrice = plan.after.items.data[0]?.price;
  const start = plan.after.status === "trialing" && plan.after.trial_end ? plan.after.trial_end : current.end;
  const end = firstPrice
    ? periodEndAfter(plan.after.status === "trialing" ? { ...plan.after, billing_cycle_anchor: start } : plan.after, firstPrice, start)
    : start;
  const lines = [...pending, ...plan.prorations, ...periodLines(ctx, plan.after, plan.after.items.data, { start, end }, false)];
  return invoiceSubscription(ctx, plan.after, {
    lines,
    reason: "subscription_cycle",
    at: start,
    finalizeNow: false,
    pay: "no",
    preview: true,
    prorationDate: params.proration_date ?? undefined,
  });
}
