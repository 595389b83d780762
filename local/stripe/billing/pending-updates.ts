import type Stripe from "stripe";
import { errors } from "../http/errors";
import type { FormObject } from "../http/form";

/**
 * `payment_behavior=pending_if_incomplete` (Stripe's "pending updates"): the update's invoice is
 * paid at once, and the update is applied only if that payment succeeds. Otherwise the changes wait
 * in `pending_update` (the subscription keeps its items and status) until the invoice is paid, and
 * are discarded when the invoice is voided or `expires_at` passes (the invoice is then voided).
 */

/** The update parameters Stripe accepts with pending_if_incomplete (its "Pending updates reference"). */
const PENDING_UPDATE_PARAMS = new Set([
  "expand",
  "payment_behavior",
  "proration_behavior",
  "proration_date",
  "billing_cycle_anchor",
  "items",
  "trial_end",
  "trial_from_plan",
  "add_invoice_items",
]);
/** Of an item, only its price and quantity (and the id naming it) may change. */
const PENDING_ITEM_PARAMS = new Set(["id", "price", "quantity"]);

/** Pending updates expire after 23 hours, or at the end of the period or trial if that comes first. */
export const PENDING_UPDATE_SECONDS = 23 * 3600;

/** Refuses, as Stripe does, an update with pending_if_incomplete that sets anything a pending update cannot hold. */
export function checkPendingUpdateParams(input: FormObject): void {
  const refused = Object.keys(input).filter((name) => !PENDING_UPDATE_PARAMS.has(name));
  const items = Array.isArray(input.items) ? input.items : input.items && typeof input.items === "object" ? Object.values(input.items) : [];
  items.forEach((item, index) => {
    if (item && typeof item === "object")
      for (const name of Object.keys(item)) if (!PENDING_ITEM_PARAMS.has(name)) refused.push(`items[${index}][${name}]`);
  });
  const [first] = refused;
  if (first !== undefined)
    throw errors.badRequest(
      `The following parameters are not supported with payment_behavior=pending_if_incomplete: ${refused.join(", ")}. ` +
        "Only these can be updated: items (price, quantity), proration_behavior, proration_date, billing_cycle_anchor, trial_end, trial_from_plan, add_invoice_items.",
      "parameter_invalid",
      first,
    );
}

/** The pending_update that holds `after`'s changes, expiring 23 hours after `at` (or earlier at the period or trial end). */
export function pendingUpdateOf(
  before: Stripe.Subscription,
  after: Stripe.Subscription,
  at: number,
  periodEnd: number,
): Stripe.Subscription.PendingUpdate {
  const ends = [at + PENDING_UPDATE_SECONDS, periodEnd, ...(before.trial_end && before.trial_end > at ? [before.trial_end] : [])];
  return {
    billing_cycle_anchor: after.billing_cycle_anchor !== before.billing_cycle_anchor ? after.billing_cycle_anchor : null,
    // Fields a pending update cannot hold (their parameters are refused) are null.
    cancel_at_period_end: null,
    discount: null,
    discounts: null,
    metadata: null,
    expires_at: Math.min(...ends),
    subscription_items: after.items.data,
    trial_end: after.trial_end !== before.trial_end ? after.trial_end : null,
    trial_from_plan: null,
  };
}

/** The subscription with its pending update applied (the update's invoice was paid). */
export function withPendingApplied(subscription: Stripe.Subscription, pending: Stripe.Subscription.PendingUpdate): Stripe.Subscription {
  return {
    ...subscription,
    items: { ...subscription.items, data: pending.subscription_items ?? subscription.items.data },
    billing_cycle_anchor: pending.billing_cycle_anchor ?? subscription.billing_cycle_anchor,
    trial_end: pending.trial_end ?? subscription.trial_end,
    pending_update: null,
  };
}

/** Whether `invoice` is the one a pending update of `subscription` waits on. */
export const awaitedBy = (subscription: Stripe.Subscription, invoice: Stripe.Invoice) =>
  subscription.pending_update !== null && String(subscription.latest_invoice) === invoice.id;

/** Set on a subscription while its pending_if_incomplete invoice is first paid: a decline then leaves its status alone. */
export const PENDING_PAYMENT_LINK = "paying_pending_update";
